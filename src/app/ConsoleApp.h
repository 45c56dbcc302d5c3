#pragma once

#include <functional>

namespace lb::gui {
class MainWindow;
}

namespace lb::app {

// Called once the main window is shown; the benchmark's start-up and memory
// probe (tests/bench/ConsoleProbe.cpp) hooks in here, the console does not.
using WindowShown = std::function<void(gui::MainWindow *window)>;

// The program behind langbot-console: with a verb the command line
// (headless), with --demo-server only the demo LangBot server, else the
// window. Returns the exit code.
int run(int argc, char *argv[], const WindowShown &windowShown = {});

} // namespace lb::app
