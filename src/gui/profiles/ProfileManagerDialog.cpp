#include "ProfileManagerDialog.h"

#include "settings/Appearance.h"
#include "ui_ProfileManagerDialog.h"
#include "widgets/RevealAction.h"

#include "ProfileItemDelegate.h"
#include "ProfileVisuals.h"
#include "ServerUrl.h"
#include "widgets/MessageBox.h"

#include "profiles/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QFontDatabase>
#include <QIcon>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

#include <functional>

namespace lb::gui {

CredentialStore::Kind ProfileManagerDialog::kindFor(Profile::AuthMode mode)
{
    return mode == Profile::AuthMode::UserLogin ? CredentialStore::Kind::Password : CredentialStore::Kind::ApiKey;
}

void ProfileManagerDialog::whenFinished(CredentialRequest *request, std::function<void()> done)
{
    if (request->isFinished()) {
        done();
        return;
    }
    connect(request, &CredentialRequest::finished, this, std::move(done));
}

// --- entries -------------------------------------------------------------------

bool ProfileManagerDialog::Entry::untouched() const
{
    return isNew() && edited == Profile() && urlText.trimmed().isEmpty() && secret.isEmpty();
}

bool ProfileManagerDialog::Entry::dirty() const
{
    if (isNew())
        return !untouched();
    return edited != *stored || !secret.isEmpty();
}

// --- construction --------------------------------------------------------------

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileManagerDialog>())
    , m_store(store)
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    setUpWidgets();

    connect(m_store, &ProfileStore::profilesChanged, this, [this] {
        if (!m_mutating) {
            const Entry *current = currentEntry();
            reloadFromStore(current ? current->key : QString());
        }
    });
    reloadFromStore(QString());
    if (m_entries.isEmpty())
        addProfile();
}

ProfileManagerDialog::~ProfileManagerDialog()
{
    // Widgets emit while they are torn down (focus changes): not edits.
    m_loading = true;
    if (m_check)
        m_check->cancel();
    if (m_checkSecretRead)
        m_checkSecretRead->cancel();
}

void ProfileManagerDialog::setUpWidgets()
{
    setWindowIcon(Appearance::icon(QStringLiteral("profiles")));
    setObjectName(QStringLiteral("profileManagerDialog"));
    m_ui->bodyLayout->setStretch(0, 0);
    m_ui->bodyLayout->setStretch(1, 1);
    m_ui->mainLayout->setStretch(0, 1);
    m_ui->editorLayout->setContentsMargins(0, 0, 0, 0);
    setUpList();
    setUpEditor();
    setUpButtons();
}

// The list, with its actions on the buttons under it, in its context menu
// and on the keyboard.
void ProfileManagerDialog::setUpList()
{
    QListWidget *list = m_ui->profileList;
    list->setAccessibleName(tr("Profiles"));
    list->setItemDelegate(new ProfileItemDelegate(list));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMaximumWidth(320);
    list->setAccessibleDescription(tr("The servers this console knows, in the order of the "
                                      "switcher"));
    connect(list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row != m_currentRow)
            showEntry(row);
    });
    // The list's actions: on the buttons under it, in its context menu, and
    // on the keyboard.
    const auto makeAction
        = [this](QToolButton *button, const char *icon, const QString &text, const QKeySequence &key) {
              auto *action = new QAction(Appearance::icon(QLatin1String(icon)), text, this);
              action->setShortcut(key);
              action->setToolTip(key.isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                               : tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                                   key.toString(QKeySequence::NativeText)));
              button->setDefaultAction(action);
              button->setIconSize(QSize(18, 18));
              button->setToolButtonStyle(Qt::ToolButtonIconOnly);
              return action;
          };
    m_addAction = makeAction(m_ui->addButton, "add", tr("&Add Profile"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_duplicateAction = makeAction(m_ui->duplicateButton, "copy", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = makeAction(m_ui->deleteButton, "delete", tr("&Delete…"), QKeySequence(QKeySequence::Delete));
    m_moveUpAction
        = makeAction(m_ui->moveUpButton, "up", tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDownAction
        = makeAction(m_ui->moveDownButton, "down", tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    // Del deletes a profile only from the list (in a field it deletes text).
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    list->addAction(m_deleteAction);
    addActions({m_addAction, m_duplicateAction, m_moveUpAction, m_moveDownAction});
    connect(m_addAction, &QAction::triggered, this, &ProfileManagerDialog::addProfile);
    connect(m_duplicateAction, &QAction::triggered, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_deleteAction, &QAction::triggered, this, &ProfileManagerDialog::deleteProfile);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveProfile(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveProfile(1); });

    m_listMenu = new QMenu(this);
    m_listMenu->setObjectName(QStringLiteral("profileListMenu"));
    m_listMenu->addAction(m_addAction);
    m_listMenu->addAction(m_duplicateAction);
    m_listMenu->addSeparator();
    m_listMenu->addAction(m_moveUpAction);
    m_listMenu->addAction(m_moveDownAction);
    m_listMenu->addSeparator();
    m_listMenu->addAction(m_deleteAction);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list, &QListWidget::customContextMenuRequested, this, [this, list](const QPoint &pos) {
        if (QListWidgetItem *item = list->itemAt(pos))
            list->setCurrentItem(item);
        m_listMenu->popup(list->viewport()->mapToGlobal(pos));
    });
}

void ProfileManagerDialog::setUpEditor()
{
    QFont title = m_ui->editorTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->editorTitle->setFont(title);
    m_ui->editorTitle->setTextFormat(Qt::PlainText);
    for (QLabel *hint : {m_ui->urlHintLabel, m_ui->secretStateLabel}) {
        Appearance::dim(hint);
        hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // The form sizes wrapped text at its size-hint width: make that the
        // width it really gets, so no rows are padded with empty lines.
        hint->setMinimumWidth(480);
    }
    Appearance::setTextTone(m_ui->problemLabel, Appearance::Tone::Failure);
    m_ui->problemLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->problemLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_ui->authCombo->addItem(tr("API key"), int(Profile::AuthMode::ApiKey));
    m_ui->authCombo->addItem(tr("LangBot user (email and password)"), int(Profile::AuthMode::UserLogin));
    for (const Profile::Environment environment : {Profile::Environment::Development, Profile::Environment::Staging,
                                                   Profile::Environment::Production, Profile::Environment::Other}) {
        m_ui->environmentCombo->addItem(colorChipIcon(QColor(Profile::defaultColor(environment)), 12),
                                        Profile::environmentName(environment), int(environment));
    }
    m_ui->environmentCombo->setIconSize(QSize(12, 12));
    m_ui->environmentCombo->setMinimumWidth(150);

    m_reveal = new RevealAction(m_ui->secretEdit, tr("Show the typed secret"), tr("Hide the typed secret"),
                                QKeySequence(Qt::ALT | Qt::Key_S));
    m_reveal->setObjectName(QStringLiteral("revealSecretAction"));

    m_ui->timeoutSpin->setAccelerated(true);
    m_ui->testTimeoutSpin->setAccelerated(true);

    // Every edit goes into the draft at once (switching rows keeps it).
    const auto edited = [this] {
        if (!m_loading)
            readEditor();
    };
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->emailEdit, m_ui->secretEdit})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->testTimeoutSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->colorButton, &QPushButton::clicked, this, &ProfileManagerDialog::chooseColor);
    connect(m_ui->colorResetButton, &QPushButton::clicked, this, [this] {
        if (Entry *entry = currentEntry()) {
            entry->edited.color.clear();
            refreshState();
        }
    });
    connect(m_ui->forgetCertificateButton, &QPushButton::clicked, this, &ProfileManagerDialog::forgetCertificate);
}

// Check connection, the keychain's problems, save and the dialog's own buttons.
void ProfileManagerDialog::setUpButtons()
{
    m_ui->checkButton->setIcon(Appearance::icon(QStringLiteral("connect")));
    m_ui->cancelCheckButton->setIcon(Appearance::icon(QStringLiteral("cancel")));
    m_ui->trustButton->setIcon(Appearance::icon(QStringLiteral("lock")));
    m_ui->checkProgress->setAccessibleName(tr("Checking the connection"));
    m_ui->checkProgress->hide();
    m_ui->cancelCheckButton->hide();
    m_ui->trustButton->hide();
    m_ui->checkResultLabel->hide();
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ProfileManagerDialog::checkConnection);
    connect(m_ui->cancelCheckButton, &QPushButton::clicked, this, &ProfileManagerDialog::cancelCheck);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &ProfileManagerDialog::trustCertificate);

    // A failed keychain write: the store's message and the session-only choice.
    m_ui->keychainProblemFrame->setStyleSheet(
        Appearance::noticeStyle(QStringLiteral("QFrame#keychainProblemFrame"), Appearance::Notice::Error));
    m_ui->keychainProblemFrame->hide();
    m_ui->keychainProblemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_ui->keepForSessionButton, &QPushButton::clicked, this, &ProfileManagerDialog::keepSecretForSession);
    connect(m_ui->retryKeychainButton, &QPushButton::clicked, this, [this] {
        Entry *entry = this->entry(m_failedWriteKey);
        if (entry && entry->stored && !entry->secret.isEmpty())
            writeSecret(entry->key, kindFor(entry->stored->authMode), entry->secret);
    });

    // Save and revert.
    m_ui->saveButton->setIcon(Appearance::icon(QStringLiteral("success")));
    m_ui->saveButton->setDefault(true);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileManagerDialog::save);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &ProfileManagerDialog::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfileManagerDialog::revert);

    // The dialog's own buttons.
    m_ui->demoButton->setIcon(Appearance::icon(QStringLiteral("demo")));
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] {
        if (!confirmDiscard())
            return;
        emit demoRequested();
        QDialog::accept();
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        const QString id = currentProfileId();
        if (id.isEmpty() || !confirmDiscard())
            return;
        emit openRequested(id);
        QDialog::accept();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ProfileManagerDialog::reject);
}

// --- the list --------------------------------------------------------------------

void ProfileManagerDialog::reloadFromStore(const QString &selectKey)
{
    QList<Entry> next;
    const QList<Profile> profiles = m_store->profiles();
    for (const Profile &profile : profiles) {
        if (const Entry *old = entry(profile.id)) {
            Entry kept = *old;
            // A draft without edits follows the store; a draft with edits stays.
            if (!old->stored || old->edited == *old->stored) {
                kept.edited = profile;
                kept.urlText = profile.baseUrl.toString();
            }
            kept.stored = profile;
            next << kept;
        } else {
            Entry fresh;
            fresh.key = profile.id;
            fresh.stored = profile;
            fresh.edited = profile;
            fresh.urlText = profile.baseUrl.toString();
            fresh.secretKind = kindFor(profile.authMode);
            next << fresh;
        }
    }
    for (const Entry &old : std::as_const(m_entries)) {
        if (old.isNew())
            next << old;
    }
    m_entries = next;
    rebuildList(selectKey);
}

void ProfileManagerDialog::rebuildList(const QString &selectKey)
{
    const int previousRow = m_currentRow;
    m_loading = true;
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clear();
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            auto *item = new QListWidgetItem(m_ui->profileList);
            item->setData(ProfileItemDelegate::KeyRole, m_entries.at(i).key);
            updateListItem(int(i));
        }
    }
    m_loading = false;
    int row = rowOf(selectKey);
    if (row < 0)
        row = qMin(previousRow, int(m_entries.size()) - 1);
    if (row < 0 && !m_entries.isEmpty())
        row = 0;
    m_currentRow = -1;
    showEntry(row);
}

void ProfileManagerDialog::updateListItem(int row)
{
    QListWidgetItem *item = m_ui->profileList->item(row);
    if (!item || row < 0 || row >= m_entries.size())
        return;
    const Entry &e = m_entries.at(row);
    const QString name = e.edited.name.isEmpty() ? tr("New profile") : e.edited.name;
    const QString url = e.urlText.trimmed();
    const QString environment = Profile::environmentName(e.edited.environment);
    item->setText(name);
    item->setData(ProfileItemDelegate::ColorRole, QColor(e.edited.effectiveColor()));
    item->setData(ProfileItemDelegate::UrlRole, url);
    item->setData(ProfileItemDelegate::EnvironmentRole, environment);
    item->setData(ProfileItemDelegate::DirtyRole, e.dirty());
    item->setData(ProfileItemDelegate::NewRole, e.isNew());
    QString spoken = tr("%1, %2, %3").arg(name, url.isEmpty() ? tr("no address yet") : url, environment);
    if (e.isNew())
        spoken += tr(", not saved yet");
    else if (e.dirty())
        spoken += tr(", unsaved changes");
    item->setData(Qt::AccessibleTextRole, spoken);
    item->setToolTip(spoken);
}

ProfileManagerDialog::Entry *ProfileManagerDialog::currentEntry()
{
    return m_currentRow >= 0 && m_currentRow < m_entries.size() ? &m_entries[m_currentRow] : nullptr;
}

const ProfileManagerDialog::Entry *ProfileManagerDialog::currentEntry() const
{
    return m_currentRow >= 0 && m_currentRow < m_entries.size() ? &m_entries.at(m_currentRow) : nullptr;
}

ProfileManagerDialog::Entry *ProfileManagerDialog::entry(const QString &key)
{
    const int row = rowOf(key);
    return row >= 0 ? &m_entries[row] : nullptr;
}

int ProfileManagerDialog::rowOf(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return int(i);
    }
    return -1;
}

bool ProfileManagerDialog::selectProfile(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    showEntry(row);
    return true;
}

QString ProfileManagerDialog::currentProfileId() const
{
    const Entry *e = currentEntry();
    return e && !e->isNew() ? e->key : QString();
}

bool ProfileManagerDialog::hasUnsavedChanges() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.dirty(); });
}

int ProfileManagerDialog::entryCount() const
{
    return int(m_entries.size());
}

// --- the editor ------------------------------------------------------------------

void ProfileManagerDialog::showEntry(int row)
{
    m_currentRow = row;
    Entry *e = currentEntry();

    if (!e || e->key != m_checkKey) {
        cancelCheck();
        m_ui->checkResultLabel->hide();
        m_ui->trustButton->hide();
        m_checkText.clear();
    }
    if (!e || e->key != m_failedWriteKey)
        m_ui->keychainProblemFrame->hide();

    m_loading = true;
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(row);
    }
    m_ui->editorPane->setEnabled(e != nullptr);
    if (e) {
        const Profile &p = e->edited;
        m_ui->nameEdit->setText(p.name);
        m_ui->urlEdit->setText(e->urlText);
        m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(p.authMode)));
        m_ui->emailEdit->setText(p.userEmail);
        m_ui->secretEdit->setText(e->secret);
        m_ui->environmentCombo->setCurrentIndex(m_ui->environmentCombo->findData(int(p.environment)));
        m_ui->timeoutSpin->setValue(p.timeoutSeconds);
        m_ui->testTimeoutSpin->setValue(p.testTimeoutSeconds);
    }
    m_reveal->setChecked(false);
    m_loading = false;

    if (e && e->secretState == SecretState::Unknown)
        readSecretState(*e);
    refreshState();
}

void ProfileManagerDialog::readEditor()
{
    Entry *e = currentEntry();
    if (!e)
        return;
    Profile &p = e->edited;
    p.name = m_ui->nameEdit->text().trimmed();
    e->urlText = m_ui->urlEdit->text();
    QUrl url;
    p.baseUrl = ServerUrl::parse(e->urlText, &url, nullptr) ? url : QUrl();
    p.authMode = Profile::AuthMode(m_ui->authCombo->currentData().toInt());
    p.userEmail = m_ui->emailEdit->text().trimmed();
    // API keys never carry spaces; a password is taken as typed.
    e->secret = p.authMode == Profile::AuthMode::ApiKey ? m_ui->secretEdit->text().trimmed() : m_ui->secretEdit->text();
    p.environment = Profile::Environment(m_ui->environmentCombo->currentData().toInt());
    p.timeoutSeconds = m_ui->timeoutSpin->value();
    p.testTimeoutSeconds = m_ui->testTimeoutSpin->value();

    const CredentialStore::Kind kind = kindFor(p.authMode);
    if (kind != e->secretKind) {
        e->secretKind = kind;
        e->secretState = SecretState::Unknown;
        readSecretState(*e);
    }
    refreshState();
}

QString ProfileManagerDialog::problemFor(const Entry &e) const
{
    // The problems in the order of the fields; the first is shown. The URL as
    // typed is judged by ServerUrl (which also says why it does not parse),
    // everything else by Profile::validate().
    QString urlProblem;
    const bool urlOk = ServerUrl::parse(e.urlText, nullptr, &urlProblem);
    Profile rest = e.edited;
    if (!urlOk)
        rest.baseUrl = QUrl(QStringLiteral("http://127.0.0.1"));
    QStringList problems = rest.validate().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!urlOk)
        problems.insert(e.edited.name.isEmpty() && !problems.isEmpty() ? 1 : 0, urlProblem);
    if (!problems.isEmpty())
        return problems.constFirst();
    for (const Entry &other : m_entries) {
        if (other.key != e.key && other.edited.name.compare(e.edited.name, Qt::CaseInsensitive) == 0)
            return tr("Name: another profile is already called “%1”.").arg(other.edited.name);
    }
    return QString();
}

void ProfileManagerDialog::refreshState()
{
    Entry *e = currentEntry();
    const bool busy = m_checkBusy;
    m_duplicateAction->setEnabled(e && !e->isNew());
    m_deleteAction->setEnabled(e != nullptr);
    int storedCount = 0;
    for (const Entry &entry : std::as_const(m_entries))
        storedCount += entry.isNew() ? 0 : 1;
    m_moveUpAction->setEnabled(e && !e->isNew() && m_currentRow > 0);
    m_moveDownAction->setEnabled(e && !e->isNew() && m_currentRow < storedCount - 1);
    m_ui->openButton->setEnabled(e && !e->isNew());

    if (!e) {
        m_ui->editorTitle->setText(tr("No profile"));
        m_ui->saveButton->setEnabled(false);
        m_ui->revertButton->setEnabled(false);
        m_ui->problemLabel->clear();
        return;
    }

    const Profile &p = e->edited;
    m_ui->editorTitle->setText(e->isNew() ? tr("New profile") : (p.name.isEmpty() ? tr("Profile") : p.name));

    const QString problem = problemFor(*e);
    const bool dirty = e->dirty();
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    const bool writing = m_write && m_writeKey == e->key;
    m_ui->saveButton->setEnabled(dirty && problem.isEmpty() && !m_write);
    if (!problem.isEmpty())
        m_ui->saveButton->setToolTip(problem);
    else if (writing)
        m_ui->saveButton->setToolTip(tr("Storing the secret in the keychain…"));
    else if (!dirty)
        m_ui->saveButton->setToolTip(tr("No changes to save"));
    else
        m_ui->saveButton->setToolTip(tr("Save this profile (Ctrl+S)"));
    m_ui->saveButton->setAccessibleDescription(problem);
    m_ui->revertButton->setEnabled(!e->isNew() && dirty);

    QString urlProblem;
    const bool urlOk = ServerUrl::parse(e->urlText, nullptr, &urlProblem);
    m_ui->urlEdit->setAccessibleDescription(urlOk ? QString() : urlProblem);
    m_ui->checkButton->setEnabled(urlOk && !busy);
    m_ui->checkButton->setToolTip(urlOk ? tr("Ask the server for its version and, with the "
                                             "secret, list its models")
                                        : urlProblem);

    const bool login = p.authMode == Profile::AuthMode::UserLogin;
    m_ui->formLayout->setRowVisible(m_ui->emailEdit, login);
    m_ui->secretLabel->setText(login ? tr("Pass&word:") : tr("API &key:"));

    const QColor color(p.effectiveColor());
    m_ui->colorButton->setIcon(colorChipIcon(color, 14));
    m_ui->colorButton->setToolTip(tr("The colour of this profile: %1").arg(color.name()));
    m_ui->colorResetButton->setEnabled(!p.color.isEmpty());

    QFont fingerprintFont = font();
    if (!p.pinnedCertificateSha256.isEmpty())
        fingerprintFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->certificateEdit->setFont(fingerprintFont);
    m_ui->certificateEdit->setText(MessageBox::formatFingerprint(p.pinnedCertificateSha256));
    m_ui->certificateEdit->setCursorPosition(0);
    m_ui->forgetCertificateButton->setEnabled(!p.pinnedCertificateSha256.isEmpty());

    updateListItem(m_currentRow);
    refreshSecretState();
}

void ProfileManagerDialog::chooseColor()
{
    const Entry *e = currentEntry();
    if (!e)
        return;
    const QString key = e->key;
    auto *dialog = new QColorDialog(QColor(e->edited.effectiveColor()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("profileColorDialog"));
    dialog->setWindowTitle(tr("Colour of “%1”").arg(e->edited.name));
    connect(dialog, &QColorDialog::colorSelected, this, [this, key](const QColor &color) {
        if (Entry *entry = this->entry(key); entry && color.isValid()) {
            entry->edited.color = color.name();
            refreshState();
        }
    });
    dialog->open();
}

void ProfileManagerDialog::forgetCertificate()
{
    if (Entry *e = currentEntry()) {
        e->edited.pinnedCertificateSha256.clear();
        refreshState();
    }
}

// --- list actions ------------------------------------------------------------------

void ProfileManagerDialog::addProfile()
{
    // One untouched new profile at a time is enough.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).untouched()) {
            showEntry(int(i));
            m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    Entry fresh;
    fresh.key = QStringLiteral("new:%1").arg(++m_newCounter);
    fresh.secretState = SecretState::Missing;
    m_entries << fresh;
    rebuildList(fresh.key);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
}

void ProfileManagerDialog::duplicateProfile()
{
    const Entry *e = currentEntry();
    if (!e || e->isNew())
        return;
    m_mutating = true;
    const QString id = m_store->duplicate(e->key);
    m_mutating = false;
    if (id.isEmpty())
        return;
    reloadFromStore(id);
    if (Entry *copy = entry(id)) {
        copy->note = tr("Secrets are not copied.");
        copy->secretState = SecretState::Missing;
        refreshState();
    }
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

void ProfileManagerDialog::deleteProfile()
{
    const Entry *e = currentEntry();
    if (!e)
        return;
    const int row = m_currentRow;
    if (e->isNew()) {
        m_entries.removeAt(row);
        if (m_entries.isEmpty()) {
            m_currentRow = -1;
            addProfile();
        } else {
            rebuildList(m_entries.at(qMin(row, int(m_entries.size()) - 1)).key);
        }
        return;
    }

    const Profile profile = *e->stored;
    const QString text = tr("Delete the profile “%1”?\nIts API key or password is removed from the keychain as "
                            "well. Nothing on the server changes.")
                             .arg(profile.name);
    const bool confirmed = profile.isProduction()
        ? MessageBox::confirmByTyping(this, tr("Delete production profile"), text, profile.name, tr("&Delete Profile"))
        : MessageBox::confirmDestructive(this, tr("Delete profile"), text, tr("&Delete Profile"));
    if (!confirmed)
        return;

    if (m_checkKey == profile.id)
        cancelCheck();
    m_mutating = true;
    m_store->remove(profile.id);
    m_mutating = false;
    if (m_credentials)
        m_credentials->removeAll(profile.id);
    m_entries.removeAt(row);
    QString next;
    if (!m_entries.isEmpty())
        next = m_entries.at(qMin(row, int(m_entries.size()) - 1)).key;
    reloadFromStore(next);
    if (m_entries.isEmpty())
        addProfile();
}

void ProfileManagerDialog::moveProfile(int delta)
{
    const Entry *e = currentEntry();
    if (!e || e->isNew())
        return;
    int storedCount = 0;
    for (const Entry &entry : std::as_const(m_entries))
        storedCount += entry.isNew() ? 0 : 1;
    const int target = m_currentRow + delta;
    if (target < 0 || target >= storedCount)
        return;
    const QString key = e->key;
    m_mutating = true;
    m_store->move(key, target);
    m_mutating = false;
    reloadFromStore(key);
    m_ui->profileList->setFocus(Qt::OtherFocusReason);
}

// --- save ------------------------------------------------------------------------

bool ProfileManagerDialog::save()
{
    Entry *e = currentEntry();
    if (!e || m_write || !e->dirty() || !problemFor(*e).isEmpty())
        return false;

    Profile profile = e->edited;
    const QString secret = e->secret;
    const CredentialStore::Kind kind = kindFor(profile.authMode);
    QString id;
    m_mutating = true;
    if (e->isNew()) {
        profile.id.clear();
        id = m_store->add(profile);
    } else {
        id = profile.id;
        if (!m_store->update(profile))
            id.clear();
    }
    m_mutating = false;
    const std::optional<Profile> saved = id.isEmpty() ? std::nullopt : m_store->profile(id);
    if (!saved) {
        m_ui->problemLabel->setText(tr("The profile could not be saved to %1.").arg(m_store->fileName()));
        m_ui->problemLabel->show();
        return false;
    }

    const bool wasNew = e->isNew();
    e->key = id;
    e->stored = saved;
    e->edited = *saved;
    e->urlText = saved->baseUrl.toString();
    e->note.clear();
    if (wasNew || e->secretKind != kind) {
        e->secretKind = kind;
        e->secretState = SecretState::Missing;
    }
    reloadFromStore(id);
    emit profileSaved(id);
    if (!secret.isEmpty())
        writeSecret(id, kind, secret);
    return true;
}

void ProfileManagerDialog::revert()
{
    Entry *e = currentEntry();
    if (!e || e->isNew())
        return;
    e->edited = *e->stored;
    e->urlText = e->stored->baseUrl.toString();
    e->secret.clear();
    if (e->secretKind != kindFor(e->edited.authMode)) {
        e->secretKind = kindFor(e->edited.authMode);
        e->secretState = SecretState::Unknown;
    }
    showEntry(m_currentRow);
}

// --- closing -----------------------------------------------------------------------

bool ProfileManagerDialog::confirmDiscard()
{
    QStringList names;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.dirty())
            names << (e.edited.name.isEmpty() ? tr("New profile") : e.edited.name);
    }
    if (names.isEmpty())
        return true;
    QString text;
    QString details;
    if (names.size() == 1) {
        text = tr("Discard the unsaved changes to “%1”?").arg(names.first());
    } else {
        text = tr("Discard the unsaved changes to %n profiles?", nullptr, int(names.size()));
        for (const QString &name : std::as_const(names))
            details += QStringLiteral("• ") + name + QLatin1Char('\n');
    }
    return MessageBox::confirmDestructive(this, tr("Unsaved changes"), text, tr("&Discard Changes"), details.trimmed());
}

void ProfileManagerDialog::reject()
{
    if (!confirmDiscard())
        return;
    cancelCheck();
    QDialog::reject();
}

// --- for tests -------------------------------------------------------------------

QPushButton *ProfileManagerDialog::saveButton() const
{
    return m_ui->saveButton;
}

QString ProfileManagerDialog::problemText() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

QString ProfileManagerDialog::checkResultText() const
{
    return m_checkText;
}

bool ProfileManagerDialog::isChecking() const
{
    return m_check || m_checkSecretRead;
}

QString ProfileManagerDialog::secretStateText() const
{
    return m_ui->secretStateLabel->text();
}

} // namespace lb::gui
