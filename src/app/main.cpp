// langbot-console: the desktop console, the command line (with a verb), or
// (with --demo-server) only the built-in demo LangBot server. The wiring is
// in ConsoleApp.cpp, shared with the benchmark's probing build of the same
// program (tests/bench).

#include "ConsoleApp.h"

int main(int argc, char *argv[])
{
    return lb::app::run(argc, argv);
}
