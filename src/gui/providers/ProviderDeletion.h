#pragma once

#include "api/ApiError.h"
#include "model/Provider.h"
#include "schema/RequesterSchema.h"

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
// confirmed again with the models named. After every answer it checks that
// the window still shows the same server, that the provider (and the move
// target) are still listed and that the same models use it; when not, nothing
// is sent and it says why. Then the provider is deleted and the workspace
// refreshed. One object per deletion; it deletes itself after
// finished().
class ProviderDeletion : public QObject
{
    Q_OBJECT
public:
    enum class Choice { Ask, Cancel, DeleteModels, MoveModels };

    ProviderDeletion(ServerWorkspace *workspace, const Provider &provider, const QStringList &modelUuids,
                     QWidget *parent);

    // The server's requesters (all types): models are moved only to a provider
    // whose requester serves their types (any, when not known).
    void setRequesters(const QList<RequesterSchema> &requesters) { m_requesters = requesters; }

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
    // After a user decision: false (and finished()) when what was asked
    // about is no longer what the window shows.
    bool stillCurrent(const QString &target = {});
    bool isListed(const QString &providerUuid) const;
    Provider targetProvider(const QString &uuid) const; // empty when not listed
    // The model types the provider does not serve, of those being moved.
    QStringList unservedTypes(const Provider &target) const;
    QStringList modelNames() const;
    void removeModels();
    void moveModels(const QString &target);
    void deleteProvider();
    void fail(const ApiError &error);
    void done(bool ok, bool cancelled, const QString &message = {}, const QString &requestId = {});

    QPointer<ServerWorkspace> m_workspace;
    Provider m_provider;
    QStringList m_models;
    QList<RequesterSchema> m_requesters;
    QPointer<QWidget> m_parent;
    quint64 m_serverGeneration = 0;
    int m_left = 0;
    bool m_failed = false;

    static Choice s_nextChoice;
    static QString s_nextTarget;
    static QString s_lastQuestion;
};

} // namespace lb::gui
