#pragma once

#include <QString>

namespace lb::gui {

class AppController;

// The pictures of the documentation (--screenshot, --screenshot-profiles):
// sample profiles in a temporary store, then a picture once the window or the
// profile manager shows what it should. The application exits with 0 when the
// picture was saved, 1 otherwise.
class Screenshots
{
public:
    // The window on a production profile (served by the demo server): once the
    // models are listed, every model is tested, then the window is saved.
    static bool arrangeWindow(AppController &controller, const QString &file, QString *error);
    // The profile manager with a few profiles, one checked against the demo server.
    static bool arrangeProfileManager(AppController &controller, const QString &file, QString *error);
    // A staging profile served by a second demo server: its models are listed
    // and tested (so the list is saved and has results), then the server goes
    // away and the window shows the saved list offline.
    static bool arrangeOffline(AppController &controller, const QString &file, QString *error);
    // In the theme of the preferences, one after the other: the window, a
    // new model's dialog, the import preview (create, update and skip) and
    // the profile manager, saved in dir as window-THEME.png,
    // model-dialog-THEME.png, import-preview-THEME.png and profiles-THEME.png
    // (THEME: light or dark).
    static bool arrangeDialogs(AppController &controller, const QString &dir, QString *error);
};

} // namespace lb::gui
