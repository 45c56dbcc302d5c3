<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Main</name>
    <message>
        <source>Could not start the demo server on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo LangBot server on %1 — API key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for the LLM models of LangBot servers.
It opens the server profile used last; with no profiles yet, the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the server profile called NAME (see Server → Manage Profiles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the LangBot server at URL without saving a profile. The API key is read from the environment variable LANGBOT_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo server (even when --profile or --url is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only the demo LangBot server, without a window, until killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of --demo-server (default 5300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the documentation: show sample profiles (never yours), list and test the models of the demo server, save a picture of the window to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the documentation: save a picture of the profile manager with sample profiles to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the documentation: save a picture of the window showing a saved list offline (sample profiles, never yours) to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 (any free port) to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: there is no profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no profiles yet; add one in the console (Server → Manage Profiles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server profile (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected profile (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the profile up (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the profile down (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path prefix is fine when LangBot runs behind a reverse proxy, e.g. https://example.org/langbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environ&amp;ment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the environment&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a model test may take; servers wait up to about 120 s for a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None pinned: the system verifies the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting this certificate for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its version and, with the secret, list its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Certific&amp;ate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for This Session Onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret in memory until the console quits; nothing is written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the unsaved changes of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Demo Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog and show the built-in demo server, with sample models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog and show the models of the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ApiCall</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials were refused and not renewed within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is %1 MiB, more than the limit of %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than the limit of %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected from https to insecure %1 (%2); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to another address (%1); not followed, so the credentials were not sent there. Use the final address as the server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused (is LangBot running at %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering; the request was not sent again (check whether the server applied it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and it is not the certificate trusted for this profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ApiClient</name>
    <message>
        <source>“data” is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“data.%1” is missing or has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“data.model”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“data.models[%1]”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ApiError</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found on the server (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported an error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[code %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was not what a LangBot server sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page came back instead of the LangBot API; check the server URL and its path prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML error page came back (a proxy or web server in front of LangBot?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page came back instead of JSON: this is not a LangBot API at that URL (check the server URL and its path prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON answer has no LangBot envelope (no &quot;code&quot; field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ConnectionCheck</name>
    <message>
        <source>The profile has no user e-mail address to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::CredentialRequest</name>
    <message>
        <source>or keep the secret in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service answers on the session D-Bus. Install and unlock one (e.g. gnome-keyring or KeePassXC with Secret Service integration), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring (e.g. the &quot;Login&quot; keyring) and allow LangBot Console to use it, then try again; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for a password prompt: unlock it and try again, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this profile yet: enter it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that your keyring service is running and unlocked, then try again; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked or denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile was given to read a secret for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile was given to store a secret for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to store: the secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile was given to remove a secret of.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::DocumentErrors</name>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::FieldSpec</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object; the field is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; the field is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string; the field is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; the field is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; edited as raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string; edited as raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false; taken as false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; the option is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string; the option is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object; the option is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum is greater than the maximum; both are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit the type &quot;%2&quot;; new records start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stored as %2 and is read as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, which is not %3; it is edited as raw JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in this record; the default is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a web address that starts with http:// or https:// and names a host, such as https://api.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::I18nText</name>
    <message>
        <source>not a text or a map of translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ImportPlan</name>
    <message>
        <source>no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models on the server are named &quot;%2&quot;: choose the one to update, or create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model with this uuid or name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model named &quot;%1&quot; on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models[%1] already matches the same server model (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s model uses the requester &quot;%1&quot;, the document&apos;s &quot;%2&quot;; an update cannot change it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical to the server&apos;s model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the server&apos;s model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists on the server and differs (%1); the on-conflict policy is skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model named &quot;%1&quot; exists on the server already; this creates a second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document carries no API keys: the model is created without keys unless keys are supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requester stays &quot;%1&quot;: a saved model&apos;s requester cannot change (the document says &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source server masked the API keys (&quot;***&quot;); they were not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several server models have this name: choose the one to update first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no server model to update: create it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model with the uuid &quot;%1&quot; on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without keys)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ImportReport</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 created, %2 updated, %3 skipped, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ImportRunner</name>
    <message>
        <source>no API keys sent; add them before the model is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled before this model was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request ended without an answer; check the server&apos;s model list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::LlmModel</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model must be a JSON object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has no &quot;uuid&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s &quot;uuid&quot; must be a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s &quot;uuid&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::LlmTableModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a free test slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test succeeded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of API keys (keys themselves are never shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ModelEdits</name>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ModelsDocument</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; every model needs a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of keys or a {&quot;not_exported&quot;: true} marker, got an object without &quot;not_exported&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or a key group object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a key group needs a &quot;keys&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO-8601 time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a list of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Profile</name>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter a name for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL: enter the address of the LangBot server, e.g. http://127.0.0.1:5300 or https://langbot.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL: &quot;%1&quot; is not a valid address; use e.g. https://langbot.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL: use an address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL: the address has no host name; use e.g. https://langbot.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL: remove the user name and password from the address; secrets are kept in the keychain, never in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL: remove the part after &quot;?&quot; or &quot;#&quot;; the address is only scheme, host, port and an optional path prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User e-mail: enter the e-mail address of the LangBot account to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: enter between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test timeout: enter between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: use the form #rrggbb, or leave it empty for the environment&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate: enter the SHA-256 fingerprint as 64 hexadecimal digits, or leave it empty to use the system&apos;s certificate checks only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ProfileStore</name>
    <message>
        <source>Profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ProfilesDocument</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO-8601 time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a list of profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; every profile needs a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; or &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of development, staging, production, other; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 already; profile names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::RequesterSchema</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object (%1); the requester is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; the requester is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string; the requester is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; the requester is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; the requester has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object; the requester has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a field; the repeat is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list; the requester has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot describes requester settings only to a signed-in user, and this profile uses an API key (no copy from an earlier sign-in is saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and no saved copy of its requester settings exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not describe the requester &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester settings could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the base URL and the timeout have their own fields; the other settings are edited as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is %1, not an object with &quot;requesters&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed already; the repeat is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is %1, not an object with &quot;requester&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::SchemaSource</name>
    <message>
        <source>LangBot describes requester settings only to a signed-in user, and this profile uses an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester settings could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester settings could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The forms follow the copy of the requester settings saved on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Session</name>
    <message>
        <source>No API key is stored for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session. Enter the password to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain; it is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::TransferJson</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; this is not a langbot-console document (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; document, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1; this console reads version %2 (a newer langbot-console wrote this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an export (%2 bytes; the limit is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an export (the limit is %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved server profile NAME (as in the console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server at URL, with the API key from the environment variable LANGBOT_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1  %2 ms  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1  (%2)
    %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1/%2, about %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tested, %2 passed, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n model(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the export holds API keys in plain text. Keep it out of version control and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile and this import overwrites %n model(s). Check the plan with --dry-run, then run again with --yes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one: langbot-console profiles add NAME --url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: langbot-console profiles --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles list takes no more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles remove needs the profile&apos;s NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secrets could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profiles action “%1”: use list, add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles add needs the profile&apos;s NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles add needs --url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--environment takes development, staging, production or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth takes api-key or login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile called “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key stored: set LANGBOT_API_KEY when adding, or enter it in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password stored: set LANGBOT_PASSWORD when adding, or enter it in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved, but its secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every model of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at most N tests at once (1 to 32, default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development, staging, production or other (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-key (default; the key from LANGBOT_API_KEY is stored in the keychain) or login (with --user; the password from LANGBOT_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LangBot user e-mail for --auth login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export to FILE (&quot;-&quot; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the API keys into the export (plain text!). Left out by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the import would do; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a model the server has already: update (default) or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm an import that overwrites models on a production profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report to FILE (JSON for *.json, else text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the server&apos;s LLM models (no key values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one model as JSON (key values left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the server&apos;s model configurations to a JSON document (see docs/export-format.md). API keys are left out unless --include-secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model configurations from an export document: shows the plan (create, update or skip per model, with the changes), then applies it. Exit code 1 when any model failed, 2 for a document that is not valid (nothing is sent then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[UUID...|--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to test models against their providers; prints each result with its round-trip time. Exit code 1 when any test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | add NAME | remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profiles shared with the console window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: langbot-console %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get needs exactly one UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test needs either model UUIDs or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no arguments; name the file with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs -o FILE (or -o - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-conflict takes update or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid export document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --profile or --url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::cli::Connector</name>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url: “%1” is not an http(s) URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url needs the API key in the environment variable LANGBOT_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which server: --profile NAME (profiles: %1) or --url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile called “%1” (profiles: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no usable %2: %3
Store it in the console (Server → Manage Profiles…), or use --url with LANGBOT_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::AbilitiesEditor</name>
    <message>
        <source>Vision (reads images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function calling (uses tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ability “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More abilities, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abilities this console has no check box for; they are kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ApiKeysEditor</name>
    <message>
        <source>No keys. Providers on your own machine (such as Ollama) need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API key (several keys are used in turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 is empty: type the key or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::AppController</name>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection given with --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept in memory until the console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the %1 of “%2” from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to “%1” as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the %1 of “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models of “%1” are not shown without its %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 given for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the API key of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo server, with sample models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your LangBot server to manage its models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::BooleanFieldEditor</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate is not trusted by this system.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it only if the server&apos;s administrator confirmed this fingerprint. It will be trusted for the profile “%1” only; certificates are verified as usual everywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ChangeReviewDialog</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Model Changed on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes (on the server now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-edit on Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::EnvironmentStrip</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ExportDialog</name>
    <message>
        <source>Export Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the model configurations of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a JSON document that reads well in version control and can be imported into this or another server. Without keys, it holds nothing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include API &amp;keys (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every model&apos;s keys are replaced by a marker with their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file will hold every API key in plain text.&lt;/b&gt;&lt;br&gt;Anyone who can read it can use the keys and run up costs. Keep it out of version control, do not send it by e-mail or chat, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model export (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include API Keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export will contain the API keys of every model of “%1” in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can read the file can use the keys. Export without keys unless you need them, e.g. to move a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export with Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the models of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 model to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n models to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds API keys in plain text: keep it safe and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ExtraArgsEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Arguments added here are sent to the provider with every request (e.g. temperature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {&quot;a&quot;: 1} or [1, 2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra argument %1 has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 must be a number, such as 0.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::FieldEditor</name>
    <message>
        <source>This console does not know the type “%1”: the value is edited as JSON and sent as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::FilterChipBar</name>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the models whose last test passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the models whose last test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the models not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the models with the ability “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Passed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never tested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never tested, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportDialog</name>
    <message>
        <source>What the new model gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the update changes on the server&apos;s model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. The server&apos;s model is identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. An update would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the proposed action of every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid export document. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the models of “%1”. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the models of “%1” to compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file comes from this server: each model is matched by its uuid, then by its name. A match that differs is updated; one without a match is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which server it comes from: each model is matched by its exact name. A match that differs is updated; one without a match is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file comes from another server (%1): each model is matched by its exact name. A match that differs is updated; one without a match is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import models into “%1” (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import models into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>API keys included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the models of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the model being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Models</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwriting models of a production server asks you to type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model to see its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: %1 (%2). Changed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose one to update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key you entered is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n keys you entered are sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None: the file says the model has no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s keys are sent (%n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s keys are kept: the file has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None sent: the file has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: the file has none. You are asked before the import; without keys the model is created without any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences from the server&apos;s model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported yet: the import waits for your answer about the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite Models on a Production Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a production profile. This import overwrites 1 model there. Type the profile&apos;s name to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile. This import overwrites %n models there. Type the profile&apos;s name to continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the profile&apos;s name was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the server any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the model being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 skipped, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json);;Text report (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportPreviewModel</name>
    <message>
        <source>Action for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name (ambiguous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, 1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>new, %n fields</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n from the file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>server&apos;s kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — requester %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: %1 (changed by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server model: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no API keys for this model. You are asked for them before the import; without keys it is created without any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no API keys: the update keeps the server&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::JsonFieldEditor</name>
    <message>
        <source>JSON, e.g. &quot;text&quot;, 3, true, [1, 2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::KeysPromptDialog</name>
    <message>
        <source>API Keys for New Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no API keys for the model this import creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file carries no API keys for %n models this import creates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the keys to send with each new model (several separated by commas). A model left empty is created without keys: the report flags it, and it cannot be used until keys are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 key on the source server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keys on the source server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>leave empty to create without keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys for “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue (%n without keys)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::LineFieldEditor</name>
    <message>
        <source>https://api.example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::MainWindow</name>
    <message>
        <source>%1, %2</source>
        <comment>time, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove the LangBot servers this console knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the server profiles (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of the console, such as how many tests run at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list of models from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the models (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the selected models (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to send a short request to each selected model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every model the table shows (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every model the table shows, a few at a time (see Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-test &amp;Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again the models that failed in the last run (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again the models that failed in the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the waiting tests and abort the running ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the tests (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected models (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected models from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the names of the selected models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the UUIDs of the selected models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the models by name, description, requester or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LangBot Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LangBot Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LangBot Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for the LLM models of LangBot servers: list, test and delete the models of a server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LangBot server shown (Ctrl+1 … Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter models (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the models whose name, description, requester or base URL contains the text (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; drag to reorder; right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name column is always shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every column in its first order and width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last known models of %1 while they are reloaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — LangBot Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LangBot Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot (version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials of this server (Server → Manage Profiles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models loaded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the list as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server unreachable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are read-only: testing and deleting come back when the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; the list is the one saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test of “%1” failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested %1 models: %2 passed, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One test at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 tests at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n models? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a production server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Choose Server → Manage Profiles… to add a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved list of this server is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models on this server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models added in LangBot&apos;s web interface appear here after Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Reading the saved list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDialog</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name at the provider, as sent in every request (e.g. gpt-4o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Model[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the requester settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved model keeps its requester (LangBot&apos;s update has no requester field). To use another one, duplicate the model and pick it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and Abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 API keys of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the copy starts without keys, so no secret is duplicated unless you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. openai-chat-completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requester *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requester chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of a requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and 1 more problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 more problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the requester settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a requester first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server: nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what will be sent, then save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the form to the server&apos;s test of unsaved settings: one small chat request to the provider; nothing is saved (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the settings in the form… (nothing is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test passed: the provider answered, round trip %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes to “%1” will be sent to the server. Fields not listed stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new model “%1” will be created on the server with these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the model on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server: it was deleted after you opened it. Nothing was sent; your values are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be read again before saving, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed “%1” on the server after you opened it (last update: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with mine: save what this dialog shows; their changes listed here are lost.
Re-edit on their version: load their version and keep your changes on top, then check and save again.
Cancel: nothing is sent; keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved “%1” after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept on top of it. Check the form and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept on top of it; where both of you changed a field (%1), yours is shown. Check the form and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed on the server after you opened it, and nothing was sent. Save again to decide, or close to discard your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dialog and lose them, or cancel to go on editing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelEditing</name>
    <message>
        <source>&amp;New Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a model on the server, with a form made from its requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a model (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected model (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a copy of the selected model (without its keys unless you ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected model (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelViewProxy</name>
    <message>
        <source>Testing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a free test slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tests (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and 1 older test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 older tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::NumberFieldEditor</name>
    <message>
        <source>A whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many models are tested at the same time by Test All and Test Selected (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each test makes the server call the model&apos;s provider. More at once is faster, but providers may limit the rate of requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tests at the same time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfileManagerDialog</name>
    <message>
        <source>No address yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers this console knows, in the order of the switcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot user (email and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: another profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its version and, with the secret, list its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of this profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the %1 in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is stored in the keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the stored %1 when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave the field empty to keep it, or type a new %1 to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session only, not in the keychain. Type it again to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save, never in a file. Leave it empty to be asked when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 stored yet: type it here, or the console asks when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the typed secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the typed secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1”?
Its API key or password is removed from the keychain as well. Nothing on the server changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete production profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of “%2” could not be stored in the keychain.
%3
Nothing was written to disk. You can keep it in memory until the console quits, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot %1 is reachable. Type the password to check the login as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangBot %1 is reachable. Type the API key to check it as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is LangBot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n profiles?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfilesImportDialog</name>
    <message>
        <source>Import Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles hold no secrets: after the import, each new profile asks for its API key or password when it is first opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid profiles document. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 profile from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n profiles from “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: no profile has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has this profile already, with the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has a profile named “%1” with other settings. Choose Replace to take the file&apos;s settings, or Add as copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes the file&apos;s settings and keeps its place in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address or sign-in changes: its stored API key or password is forgotten and asked for again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a production profile: you are asked to type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added under the name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Profiles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a Production Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a production profile. The import replaces its settings with the file&apos;s. Type the profile&apos;s name to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: replacing “%1” was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: the profile could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: the profile to replace is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced (secret forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 replaced, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::RequesterPicker</name>
    <message>
        <source>&amp;Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, label or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds requesters by label (any language), name or alias, such as “claude”, “gpt” or “glm”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requester matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::SchemaForm</name>
    <message>
        <source>Other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of requester_config, as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of requester_config that the requester&apos;s settings do not describe. They are kept as they are unless you change them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::Screenshots</name>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::SecretFieldEditor</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to “%1” (%2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) needs an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored by the system&apos;s keychain (Secret Service), never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory until the console quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::SelectFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::ServerUrl</name>
    <message>
        <source>Server URL: start the address with http:// or https://, e.g. http://127.0.0.1:5300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL: this is not a valid address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::StringListFieldEditor</name>
    <message>
        <source>Add an item to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::TestProgress</name>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop testing: drop the waiting tests and abort the running ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tests finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::TestResultPanel</name>
    <message>
        <source>&amp;Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this test (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the server&apos;s message to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is sending a short chat request to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a free test slot: other tests are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 answered in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip measured by the console, including the provider&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 failed the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stopped waiting; no result was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model and choose Model → Test (Ctrl+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the provider — %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::TestStateDelegate</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::TransferActions</name>
    <message>
        <source>&amp;Export Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model configurations of this server to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update models of this server from an export file, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the server profiles (without secrets) to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import P&amp;rofiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server profiles from a profiles file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON documents (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no profiles to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 profile to %1 (without secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profiles to %1 (without secrets).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles imported: %1 added, %2 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::gui::TypedConfirmDialog</name>
    <message>
        <source>To confirm, type the name of the profile, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
