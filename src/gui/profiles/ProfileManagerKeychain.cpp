#include "ProfileManagerDialog.h"

#include "ServerUrl.h"
#include "settings/Appearance.h"
#include "ui_ProfileManagerDialog.h"
#include "widgets/MessageBox.h"

// The parts of the profile manager that talk to the keychain and to the
// server: the secrets' state, writing a secret (or keeping it for the session
// only), and Check Connection with trusting the server's certificate.

namespace lb::gui {

// --- secrets -----------------------------------------------------------------------

void ProfileManagerDialog::readSecretState(Entry &e)
{
    if (e.isNew() || !m_credentials) {
        e.secretState = SecretState::Missing;
        return;
    }
    const QString id = e.key;
    const CredentialStore::Kind kind = e.secretKind;
    if (m_credentials->hasSessionSecret(id, kind)) {
        e.secretState = SecretState::SessionOnly;
        return;
    }
    e.secretState = SecretState::Reading;
    CredentialRequest *request = m_credentials->read(id, kind);
    whenFinished(request, [this, request, id, kind] {
        Entry *entry = this->entry(id);
        if (!entry || entry->secretKind != kind)
            return;
        const CredentialRequest::Result &result = request->result();
        switch (result.status) {
        case CredentialRequest::Status::Ok:
            entry->secretState = SecretState::Keychain;
            break;
        case CredentialRequest::Status::NotFound:
            entry->secretState = SecretState::Missing;
            break;
        case CredentialRequest::Status::Cancelled:
            entry->secretState = SecretState::Unknown;
            break;
        default:
            entry->secretState = SecretState::Unavailable;
            entry->secretMessage = result.message;
            break;
        }
        if (currentEntry() == entry)
            refreshSecretState();
    });
}

void ProfileManagerDialog::refreshSecretState()
{
    const Entry *e = currentEntry();
    if (!e)
        return;
    const bool login = e->edited.authMode == Profile::AuthMode::UserLogin;
    const QString what = login ? tr("password") : tr("API key");
    QString text;
    QString placeholder = login ? QString() : QStringLiteral("lbk_…");
    if (m_write && m_writeKey == e->key) {
        text = tr("Storing the %1 in the keychain…").arg(what);
    } else if (!e->secret.isEmpty()) {
        text = e->isNew() || e->secretState == SecretState::Missing
            ? tr("The %1 is stored in the keychain when you save.").arg(what)
            : tr("Replaces the stored %1 when you save.").arg(what);
    } else {
        switch (e->secretState) {
        case SecretState::Unknown:
        case SecretState::Reading:
            text = tr("Looking in the keychain…");
            break;
        case SecretState::Keychain:
            text = tr("Stored in the keychain. Leave the field empty to keep it, or type a "
                      "new %1 to replace it.")
                       .arg(what);
            placeholder = tr("Stored in the keychain");
            break;
        case SecretState::SessionOnly:
            text = tr("Kept in memory for this session only, not in the keychain. Type it "
                      "again to store it.");
            placeholder = tr("Kept for this session");
            break;
        case SecretState::Missing:
            text = e->isNew() ? tr("Stored in the system keychain when you save, never in a file. "
                                   "Leave it empty to be asked when connecting.")
                              : tr("No %1 stored yet: type it here, or the console asks when it "
                                   "connects.")
                                    .arg(what);
            break;
        case SecretState::Unavailable:
            text = tr("The keychain cannot be read: %1").arg(e->secretMessage);
            break;
        }
    }
    if (!e->note.isEmpty())
        text = e->note + QLatin1Char(' ') + text;
    m_ui->secretStateLabel->setText(text);
    m_ui->secretEdit->setPlaceholderText(placeholder);
}

void ProfileManagerDialog::writeSecret(const QString &id, CredentialStore::Kind kind, const QString &secret)
{
    if (!m_credentials)
        return;
    m_failedWriteKey.clear();
    m_ui->keychainProblemFrame->hide();
    m_writeKey = id;
    CredentialRequest *request = m_credentials->write(id, kind, secret);
    m_write = request;
    refreshState();
    whenFinished(request, [this, request, id, kind] {
        const CredentialRequest::Result result = request->result();
        m_write = nullptr;
        m_writeKey.clear();
        Entry *e = entry(id);
        if (result.status == CredentialRequest::Status::Ok) {
            if (e) {
                e->secret.clear();
                if (e->secretKind == kind)
                    e->secretState = SecretState::Keychain;
                if (currentEntry() == e) {
                    m_loading = true;
                    m_ui->secretEdit->clear();
                    m_loading = false;
                }
            }
            emit secretChanged(id);
        } else if (e) {
            // Never written anywhere else: the user decides.
            m_failedWriteKey = id;
            const QString what = kind == CredentialStore::Kind::Password ? tr("password") : tr("API key");
            m_ui->keychainProblemLabel->setText(
                tr("The %1 of “%2” could not be stored in the keychain.\n%3\n"
                   "Nothing was written to disk. You can keep it in memory until the console "
                   "quits, or try again.")
                    .arg(what, e->edited.name, result.message));
            if (currentEntry() == e)
                m_ui->keychainProblemFrame->show();
        }
        refreshState();
    });
}

void ProfileManagerDialog::keepSecretForSession()
{
    Entry *e = entry(m_failedWriteKey);
    if (!e || !e->stored || e->secret.isEmpty() || !m_credentials)
        return;
    const CredentialStore::Kind kind = kindFor(e->stored->authMode);
    m_credentials->keepForSession(e->key, kind, e->secret);
    e->secret.clear();
    e->secretKind = kind;
    e->secretState = SecretState::SessionOnly;
    const QString id = e->key;
    m_failedWriteKey.clear();
    m_ui->keychainProblemFrame->hide();
    if (currentEntry() == e) {
        m_loading = true;
        m_ui->secretEdit->clear();
        m_loading = false;
    }
    refreshState();
    emit secretChanged(id);
}

bool ProfileManagerDialog::isOfferingSessionOnly() const
{
    return !m_failedWriteKey.isEmpty() && !m_ui->keychainProblemFrame->isHidden();
}

// --- check connection ------------------------------------------------------------

void ProfileManagerDialog::checkConnection()
{
    Entry *e = currentEntry();
    if (!e || m_check || m_checkSecretRead)
        return;
    QString reason;
    if (!ServerUrl::parse(e->urlText, nullptr, &reason))
        return;
    const Profile profile = e->edited;
    m_checkKey = e->key;
    m_ui->keychainProblemFrame->setVisible(m_failedWriteKey == e->key);

    if (!e->secret.isEmpty()) {
        startCheck(profile, e->secret, false);
        return;
    }
    const bool mayHaveSecret = !e->isNew() && m_credentials && e->secretState != SecretState::Missing
        && e->secretState != SecretState::Unavailable;
    if (!mayHaveSecret) {
        startCheck(profile, QString(), false);
        return;
    }
    // The stored secret: read it for this check only.
    setCheckBusy(true);
    m_ui->checkResultLabel->setText(tr("Reading the secret from the keychain…"));
    m_ui->checkResultLabel->show();
    CredentialRequest *request = m_credentials->read(profile.id, kindFor(profile.authMode));
    m_checkSecretRead = request;
    const QString key = e->key;
    whenFinished(request, [this, request, profile, key] {
        if (m_checkSecretRead != request)
            return;
        m_checkSecretRead = nullptr;
        if (m_checkKey != key)
            return;
        const CredentialRequest::Result &result = request->result();
        if (result.status == CredentialRequest::Status::Cancelled) {
            setCheckBusy(false);
            return;
        }
        startCheck(profile, result.status == CredentialRequest::Status::Ok ? result.secret : QString(), true);
    });
}

void ProfileManagerDialog::startCheck(const Profile &profile, const QString &secret, bool usedStoredSecret)
{
    Q_UNUSED(usedStoredSecret)
    setCheckBusy(true);
    m_ui->trustButton->hide();
    m_ui->checkResultLabel->setText(tr("Checking %1…").arg(profile.baseUrl.toDisplayString()));
    m_ui->checkResultLabel->show();
    ConnectionCheck *check = ConnectionCheck::start(profile, secret, this);
    m_check = check;
    const bool hadSecret = !secret.isEmpty();
    connect(check, &ConnectionCheck::finished, this, [this, check, hadSecret] {
        if (m_check != check)
            return;
        const ConnectionCheck::Result result = check->result();
        m_check = nullptr;
        setCheckBusy(false);
        showCheckResult(result, hadSecret);
        emit checkFinished();
    });
}

void ProfileManagerDialog::cancelCheck()
{
    const bool running = m_check || m_checkSecretRead;
    if (CredentialRequest *read = m_checkSecretRead) {
        m_checkSecretRead = nullptr;
        read->cancel();
    }
    if (ConnectionCheck *check = m_check) {
        m_check = nullptr;
        disconnect(check, nullptr, this, nullptr);
        check->cancel();
    }
    if (!running)
        return;
    setCheckBusy(false);
    m_checkText = tr("Check cancelled.");
    m_ui->checkResultLabel->setText(m_checkText.toHtmlEscaped());
    m_ui->checkResultLabel->show();
    emit checkFinished();
}

void ProfileManagerDialog::setCheckBusy(bool busy)
{
    m_checkBusy = busy;
    m_ui->checkProgress->setVisible(busy);
    m_ui->cancelCheckButton->setVisible(busy);
    if (busy)
        m_ui->checkResultLabel->setAccessibleDescription(QString());
    refreshState();
    if (busy)
        m_ui->cancelCheckButton->setFocus(Qt::OtherFocusReason);
}

void ProfileManagerDialog::showCheckResult(const ConnectionCheck::Result &result, bool hadSecret)
{
    m_lastCheck = result;
    const Entry *e = currentEntry();
    const bool login = e && e->edited.authMode == Profile::AuthMode::UserLogin;
    const QString version = result.serverVersion.isEmpty() ? tr("(version unknown)") : result.serverVersion;
    bool ok = false;
    QString text;
    if (result.error.isEmpty() && result.reachable) {
        ok = true;
        if (result.authenticated) {
            QString models;
            if (result.modelCount < 0)
                models = tr("signed in");
            else if (result.modelCount == 1)
                models = tr("1 model");
            else
                models = tr("%1 models").arg(result.modelCount);
            text = tr("LangBot %1 — %2").arg(version, models);
        } else {
            text = login ? tr("LangBot %1 is reachable. Type the password to check the login "
                              "as well.")
                               .arg(version)
                         : tr("LangBot %1 is reachable. Type the API key to check it as well.").arg(version);
        }
    } else {
        text = result.error.isEmpty() ? tr("The check failed.") : result.error;
        if (result.reachable && !result.serverVersion.isEmpty())
            text += QLatin1Char('\n') + tr("The server is LangBot %1.").arg(version);
        if (!hadSecret && result.reachable && !result.authenticated && e && !e->isNew()
            && e->secretState == SecretState::Missing)
            text += QLatin1Char('\n') + tr("No secret is stored for this profile yet.");
    }
    m_checkText = text;

    const QString mark = ok ? QStringLiteral("<span style=\"color:%1; font-weight:bold\">✓</span> ")
                                  .arg(Appearance::name(Appearance::Tone::Success))
                            : QStringLiteral("<span style=\"color:%1; font-weight:bold\">✗</span> ")
                                  .arg(Appearance::name(Appearance::Tone::Failure));
    QString html = text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (ok && result.authenticated)
        html = QStringLiteral("<b>%1</b>").arg(html);
    m_ui->checkResultLabel->setText(mark + html);
    m_ui->checkResultLabel->setAccessibleDescription(text);
    m_ui->checkResultLabel->show();
    m_ui->trustButton->setVisible(!result.certificateSha256.isEmpty());
}

void ProfileManagerDialog::trustCertificate()
{
    Entry *e = currentEntry();
    if (!e || m_lastCheck.certificateSha256.isEmpty())
        return;
    const QString name = e->edited.name.isEmpty() ? tr("New profile") : e->edited.name;
    if (!MessageBox::confirmCertificate(this, name, m_lastCheck.certificateSummary, m_lastCheck.certificateSha256))
        return;
    e->edited.pinnedCertificateSha256 = m_lastCheck.certificateSha256.toLower();
    m_ui->trustButton->hide();
    refreshState();
    // Check again with the certificate pinned (the draft carries it).
    checkConnection();
}

} // namespace lb::gui
