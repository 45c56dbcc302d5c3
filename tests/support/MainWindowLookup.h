#pragma once

// The main window's widgets and actions, found by their object names (the
// window keeps no accessors for tests). Header only; Qt6::Widgets.

#include <QAction>
#include <QLabel>
#include <QList>
#include <QMenu>
#include <QObject>
#include <QProgressBar>
#include <QString>
#include <QWidget>

#include <cstdlib>

namespace lb::testsupport {

// The child of parent named name; fails the test run naming what is missing.
template<typename T>
T *lookup(const QObject &parent, const QString &name)
{
    T *child = parent.findChild<T *>(name);
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return child;
}

// The status bar's server version ("LangBot 4.6.1").
inline QString versionText(const QObject &window)
{
    return lookup<QLabel>(window, QStringLiteral("serverVersion"))->text();
}

// The status bar's model count ("3 models", "1 of 3 models").
inline QString countText(const QObject &window)
{
    return lookup<QLabel>(window, QStringLiteral("modelCount"))->text();
}

// The status bar's "talking to the server" indicator is shown.
inline bool isBusy(const QObject &window)
{
    return !lookup<QProgressBar>(window, QStringLiteral("busyIndicator"))->isHidden();
}

// The hint shown over the table (empty state, loading...); empty when none.
inline QString overlayText(const QObject &window)
{
    if (lookup<QWidget>(window, QStringLiteral("tableOverlayArea"))->isHidden())
        return QString();
    return lookup<QLabel>(window, QStringLiteral("tableOverlay"))->text();
}

// The switcher's entries in the Server menu, in order.
inline QList<QAction *> serverActions(const QObject &window)
{
    QList<QAction *> actions;
    const QList<QAction *> all = lookup<QMenu>(window, QStringLiteral("serverMenu"))->actions();
    for (QAction *action : all) {
        if (action->objectName() == QLatin1String("serverChoiceAction"))
            actions << action;
    }
    return actions;
}

} // namespace lb::testsupport
