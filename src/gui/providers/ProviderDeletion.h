#pragma once

#include "api/ApiError.h"
#include "model/Provider.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace lb {
class ServerWorkspace;
}

namespace lb::gui {

// Deleting one provider from the providers pane. The server refuses while
// models use it (API.md 4), so that is said before anything is sent, naming
// the models, with a choice: delete those models first, or move them to
// another provider (a PUT of provider_uuid built by WriteBodies); either is
// confirmed again with the models named. Then the provider is deleted and the
// workspace refreshed. One object per deletion; it deletes itself after
// finished().
class ProviderDeletion : public QObject
{
    Q_OBJECT
public:
    enum class Choice { Ask, Cancel, DeleteModels, MoveModels };

    ProviderDeletion(ServerWorkspace *workspace, const Provider &provider, const QStringList &modelUuids,
                     QWidget *parent);

    // Asks, then sends. finished() follows (also when cancelled).
    void start();

    // What the next "models use this provider" question answers without
    // showing a dialog (once); target: the provider to move them to.
    static void setNextChoice(Choice choice, const QString &target = {});
    // The text of the last such question, for tests.
    static QString lastQuestion();

signals:
    // ok: the provider is gone; cancelled: nothing was sent.
    void finished(bool ok, bool cancelled, const QString &message, const QString &requestId);

private:
    Choice ask(QString *target);
    QStringList modelNames() const;
    void removeModels();
    void moveModels(const QString &target);
    void deleteProvider();
    void fail(const ApiError &error);
    void done(bool ok, bool cancelled, const QString &message = {}, const QString &requestId = {});

    QPointer<ServerWorkspace> m_workspace;
    Provider m_provider;
    QStringList m_models;
    QPointer<QWidget> m_parent;
    int m_left = 0;
    bool m_failed = false;

    static Choice s_nextChoice;
    static QString s_nextTarget;
    static QString s_lastQuestion;
};

} // namespace lb::gui
