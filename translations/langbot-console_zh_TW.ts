<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>CertificateDialog</name>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate is not trusted by this system.&lt;/b&gt;</source>
        <translation>&lt;b&gt;此系統不信任該伺服器的憑證。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>憑證(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Models</source>
        <translation>匯出模型</translation>
    </message>
    <message>
        <source>The file is a JSON document that reads well in version control and can be imported into this or another server. Without keys, it holds nothing secret.</source>
        <translation>此檔案為 JSON 文件，適合納入版本控制，並可匯入此伺服器或其他伺服器。不含金鑰時，檔案中沒有任何機密。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>機密：</translation>
    </message>
    <message>
        <source>Off: every model&apos;s keys are replaced by a marker with their number</source>
        <translation>關閉：每個模型的金鑰會替換為標示其數量的標記</translation>
    </message>
    <message>
        <source>Include API &amp;keys (plain text)</source>
        <translation>包含 API 金鑰（純文字）(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file will hold every API key in plain text.&lt;/b&gt;&lt;br&gt;Anyone who can read it can use the keys and run up costs. Keep it out of version control, do not send it by e-mail or chat, and delete it when done.</source>
        <translation>&lt;b&gt;檔案將以純文字保存所有 API 金鑰。&lt;/b&gt;&lt;br&gt;任何能讀取此檔案的人都能使用這些金鑰並產生費用。請勿將其納入版本控制，不要透過電子郵件或聊天傳送，並在用完後刪除。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Models</source>
        <translation>匯入模型</translation>
    </message>
    <message>
        <source>Models in the file</source>
        <translation>檔案中的模型</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>動作(&amp;A)：</translation>
    </message>
    <message>
        <source>Server &amp;model:</source>
        <translation>伺服器模型(&amp;M)：</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API 金鑰：</translation>
    </message>
    <message>
        <source>Enter &amp;Keys…</source>
        <translation>輸入金鑰(&amp;K)…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>伺服器上</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>匯入後</translation>
    </message>
    <message>
        <source>Back to the proposed action of every model</source>
        <translation>將所有模型恢復為建議的動作</translation>
    </message>
    <message>
        <source>&amp;Reset Actions</source>
        <translation>重設動作(&amp;R)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>KeysPromptDialog</name>
    <message>
        <source>API Keys for New Models</source>
        <translation>新模型的 API 金鑰</translation>
    </message>
    <message>
        <source>Enter the keys to send with each new model (several separated by commas). A model left empty is created without keys: the report flags it, and it cannot be used until keys are added.</source>
        <translation>請輸入要隨每個新模型傳送的金鑰（多個金鑰以逗號分隔）。留空的模型將在沒有金鑰的情況下建立：報告中會標示該模型，且在新增金鑰之前無法使用。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Could not start the demo server on port %1: %2</source>
        <translation>無法在連接埠 %1 上啟動示範伺服器：%2</translation>
    </message>
    <message>
        <source>Demo LangBot server on %1 — API key: %2</source>
        <translation>示範 LangBot 伺服器位於 %1 — API 金鑰：%2</translation>
    </message>
    <message>
        <source>A desktop console for the LLM models of LangBot servers.
It opens the server profile used last; with no profiles yet, the built-in demo server.</source>
        <translation>用於管理 LangBot 伺服器 LLM 模型的桌面主控台。
啟動時開啟上次使用的伺服器設定檔；若尚無設定檔，則開啟內建的示範伺服器。</translation>
    </message>
    <message>
        <source>Open the server profile called NAME (see Server → Manage Profiles…).</source>
        <translation>開啟名為 NAME 的伺服器設定檔（請參閱「伺服器 → 管理設定檔…」）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connect to the LangBot server at URL without saving a profile. The API key is read from the environment variable LANGBOT_API_KEY.</source>
        <translation>連線至位於 URL 的 LangBot 伺服器，不儲存設定檔。API 金鑰從環境變數 LANGBOT_API_KEY 讀取。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open the built-in demo server (even when --profile or --url is given).</source>
        <translation>開啟內建的示範伺服器（即使指定了 --profile 或 --url）。</translation>
    </message>
    <message>
        <source>Run only the demo LangBot server, without a window, until killed.</source>
        <translation>只執行示範 LangBot 伺服器，不開啟視窗，直到被終止為止。</translation>
    </message>
    <message>
        <source>Port of --demo-server (default 5300).</source>
        <translation>--demo-server 的連接埠（預設為 5300）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For the documentation: show sample profiles (never yours), list and test the models of the demo server, save a picture of the window to FILE (PNG) and quit.</source>
        <translation>供文件使用：顯示範例設定檔（絕不是您的設定檔）、列出並測試示範伺服器的模型，將視窗畫面儲存至 FILE（PNG）後結束。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>For the documentation: save a picture of the profile manager with sample profiles to FILE (PNG) and quit.</source>
        <translation>供文件使用：將含範例設定檔的設定檔管理員畫面儲存至 FILE（PNG）後結束。</translation>
    </message>
    <message>
        <source>For the documentation: save a picture of the window showing a saved list offline (sample profiles, never yours) to FILE (PNG) and quit.</source>
        <translation>供文件使用：將離線顯示已儲存清單的視窗畫面（範例設定檔，絕不是您的設定檔）儲存至 FILE（PNG）後結束。</translation>
    </message>
    <message>
        <source>--port needs a number from 0 (any free port) to 65535.</source>
        <translation>--port 需要 0（任一可用連接埠）到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>LangBot Console</source>
        <translation>LangBot Console</translation>
    </message>
    <message>
        <source>--profile: there is no profile called “%1”.</source>
        <translation>--profile：沒有名為「%1」的設定檔。</translation>
    </message>
    <message>
        <source>There are no profiles yet; add one in the console (Server → Manage Profiles…).</source>
        <translation>尚無任何設定檔；請在主控台中新增（伺服器 → 管理設定檔…）。</translation>
    </message>
    <message>
        <source>Known profiles:</source>
        <translation>已知的設定檔：</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url：%1</translation>
    </message>
    <message>
        <source>For the documentation: save pictures of the window and of the model, import and profile dialogs (sample profiles, never yours) in DIR (PNG) and quit.</source>
        <translation>供文件使用：將主視窗以及模型、匯入和設定檔對話框的畫面（使用範例設定檔，絕不使用您的設定檔）以 PNG 儲存至 DIR 後結束。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--langbot-version: “%1” is not a LangBot version (4.6, 4.9, 4.10 or a full one such as 4.10.8).</source>
        <translation>--langbot-version：「%1」不是 LangBot 版本（4.6、4.9、4.10，或完整版本，例如 4.10.8）。</translation>
    </message>
    <message>
        <source>LangBot version: %1</source>
        <translation>LangBot 版本：%1</translation>
    </message>
    <message>
        <source>View-only API key: %1</source>
        <translation>唯讀 API 金鑰：%1</translation>
    </message>
    <message>
        <source>User login: %1, password: %2</source>
        <translation>使用者登入：%1，密碼：%2</translation>
    </message>
    <message>
        <source>The LangBot version --demo-server speaks: 4.6, 4.9 or 4.10 (default %1).</source>
        <translation>--demo-server 模擬的 LangBot 版本：4.6、4.9 或 4.10（預設為 %1）。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <source>Loading the requester settings…</source>
        <translation>正在載入請求器設定…</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>取消測試</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>測試(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation>伺服器設定檔</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>設定檔(&amp;P)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a server profile (Ctrl+N)</source>
        <translation>新增伺服器設定檔 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>建立副本</translation>
    </message>
    <message>
        <source>Duplicate the selected profile (Ctrl+D)</source>
        <translation>為所選的設定檔建立副本 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected profile (Del)</source>
        <translation>刪除所選的設定檔 (Del)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the profile up (Ctrl+Shift+Up)</source>
        <translation>將設定檔上移 (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the profile down (Ctrl+Shift+Down)</source>
        <translation>將設定檔下移 (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>例如：Acme 正式環境</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>伺服器 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>A path prefix is fine when LangBot runs behind a reverse proxy, e.g. https://example.org/langbot.</source>
        <translation>若 LangBot 在反向代理後方執行，可以加上路徑前綴，例如 https://example.org/langbot。</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>登入方式(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>Environ&amp;ment:</source>
        <translation>環境(&amp;M)：</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>顏色(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the colour of this profile</source>
        <translation>選擇此設定檔的顏色</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Use the environment&apos;s colour</source>
        <translation>使用環境的顏色</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>請求逾時(&amp;R)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Test timeout:</source>
        <translation>測試逾時(&amp;T)：</translation>
    </message>
    <message>
        <source>How long a model test may take; servers wait up to about 120 s for a provider</source>
        <translation>模型測試可花費的時間上限；伺服器等待供應商回應最長約 120 秒</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS 憑證：</translation>
    </message>
    <message>
        <source>None pinned: the system verifies the certificate</source>
        <translation>未固定憑證：由系統驗證憑證</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘記(&amp;F)</translation>
    </message>
    <message>
        <source>Stop trusting this certificate for this profile</source>
        <translation>不再信任此設定檔的這個憑證</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>檢查連線(&amp;C)</translation>
    </message>
    <message>
        <source>Ask the server for its version and, with the secret, list its models</source>
        <translation>向伺服器查詢其版本，並使用機密列出其模型</translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation>取消檢查</translation>
    </message>
    <message>
        <source>Trust Certific&amp;ate…</source>
        <translation>信任憑證(&amp;A)…</translation>
    </message>
    <message>
        <source>Try A&amp;gain</source>
        <translation>重試(&amp;G)</translation>
    </message>
    <message>
        <source>Keep for This Session Onl&amp;y</source>
        <translation>僅在本次工作階段保留(&amp;Y)</translation>
    </message>
    <message>
        <source>Keep the secret in memory until the console quits; nothing is written to disk</source>
        <translation>將機密保留在記憶體中直到主控台結束；不會寫入磁碟</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <source>Forget the unsaved changes of this profile</source>
        <translation>捨棄此設定檔未儲存的變更</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Server</source>
        <translation>使用示範伺服器(&amp;D)</translation>
    </message>
    <message>
        <source>Close this dialog and show the built-in demo server, with sample models</source>
        <translation>關閉此對話方塊並顯示內建的示範伺服器及範例模型</translation>
    </message>
    <message>
        <source>&amp;Open in Window</source>
        <translation>在視窗中開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Close this dialog and show the models of the selected server</source>
        <translation>關閉此對話方塊並顯示所選伺服器的模型</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ProfilesImportDialog</name>
    <message>
        <source>Import Profiles</source>
        <translation>匯入設定檔</translation>
    </message>
    <message>
        <source>Profiles hold no secrets: after the import, each new profile asks for its API key or password when it is first opened.</source>
        <translation>設定檔不含機密：匯入後，每個新設定檔會在第一次開啟時要求輸入 API 金鑰或密碼。</translation>
    </message>
    <message>
        <source>Profiles in the file</source>
        <translation>檔案中的設定檔</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>動作(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ReplaceModelDialog</name>
    <message>
        <source>Replace:</source>
        <translation>取代：</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>取代為(&amp;W)：</translation>
    </message>
    <message>
        <source>Its provider:</source>
        <translation>其供應商：</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Config field</source>
        <translation>設定欄位</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Where:</source>
        <translation>儲存位置：</translation>
    </message>
    <message>
        <source>Stored by the system&apos;s keychain (Secret Service), never in a file</source>
        <translation>由系統的鑰匙圈（Secret Service）保存，絕不寫入檔案</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>記住於鑰匙圈中(&amp;R)</translation>
    </message>
    <message>
        <source>Kept in memory until the console quits</source>
        <translation>保留在記憶體中，直到主控台結束</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>僅在本次工作階段保留(&amp;O)</translation>
    </message>
</context>
<context>
    <name>lb::ApiCall</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒內未收到完整回應</translation>
    </message>
    <message>
        <source>the credentials were refused and not renewed within %1 s</source>
        <translation>認證資訊遭拒，且未在 %1 秒內更新</translation>
    </message>
    <message>
        <source>the answer is %1 MiB, more than the limit of %2 MiB</source>
        <translation>回應大小為 %1 MiB，超過 %2 MiB 的上限</translation>
    </message>
    <message>
        <source>the answer is larger than the limit of %1 MiB</source>
        <translation>回應大小超過 %1 MiB 的上限</translation>
    </message>
    <message>
        <source>the server redirected from https to insecure %1 (%2); not followed</source>
        <translation>伺服器從 https 重新導向至不安全的 %1（%2）；未跟隨</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1); not followed, so the credentials were not sent there. Use the final address as the server URL</source>
        <translation>伺服器重新導向至其他位址（%1）；未跟隨，因此認證資訊未傳送至該處。請使用最終位址作為伺服器 URL</translation>
    </message>
    <message>
        <source>connection refused (is LangBot running at %1?)</source>
        <translation>連線遭拒（LangBot 是否正在 %1 上執行？）</translation>
    </message>
    <message>
        <source>unknown host “%1”</source>
        <translation>未知的主機「%1」</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>回應完成前連線已關閉</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>伺服器未回應就關閉了連線</translation>
    </message>
    <message>
        <source>the server closed the connection without answering; the request was not sent again (check whether the server applied it)</source>
        <translation>伺服器未回應就關閉了連線；請求未重新傳送（請檢查伺服器是否已套用該請求）</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒內未收到資料</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>%1 的憑證不受信任：%2</translation>
    </message>
    <message>
        <source>(and it is not the certificate trusted for this profile)</source>
        <translation>（而且這不是此設定檔所信任的憑證）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>問題：%1</translation>
    </message>
</context>
<context>
    <name>lb::ApiClient</name>
    <message>
        <source>“data” is missing or not an object</source>
        <translation>「data」遺失或不是物件</translation>
    </message>
    <message>
        <source>“data.%1” is missing or has the wrong type</source>
        <translation>「data.%1」遺失或類型錯誤</translation>
    </message>
    <message>
        <source>“data.model”: %1</source>
        <translation>「data.model」：%1</translation>
    </message>
    <message>
        <source>“data.models[%1]”: %2</source>
        <translation>「data.models[%1]」：%2</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>主體：%1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>簽發者：%1</translation>
    </message>
    <message>
        <source>valid from %1 to %2 (UTC)</source>
        <translation>有效期間：%1 至 %2（UTC）</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>名稱：%1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>lb::ApiError</name>
    <message>
        <source>No error</source>
        <translation>沒有錯誤</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>網路錯誤</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 錯誤</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 錯誤</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>伺服器錯誤</translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation>無效的回應</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>無法連線至伺服器</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>伺服器未及時回應</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>安全連線失敗</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>伺服器回應 HTTP %1</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401)</source>
        <translation>伺服器拒絕了認證資訊（HTTP 401）</translation>
    </message>
    <message>
        <source>permission denied (HTTP 403)</source>
        <translation>權限遭拒（HTTP 403）</translation>
    </message>
    <message>
        <source>not found on the server (HTTP 404)</source>
        <translation>在伺服器上找不到（HTTP 404）</translation>
    </message>
    <message>
        <source>the server reported an error (HTTP %1)</source>
        <translation>伺服器回報錯誤（HTTP %1）</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>伺服器回報錯誤</translation>
    </message>
    <message>
        <source>[code %1]</source>
        <translation>[代碼 %1]</translation>
    </message>
    <message>
        <source>the answer was not what a LangBot server sends</source>
        <translation>回應內容不像是 LangBot 伺服器所傳送的</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <source>an HTML page came back instead of the LangBot API; check the server URL and its path prefix</source>
        <translation>傳回的是 HTML 頁面而不是 LangBot API；請檢查伺服器 URL 及其路徑前綴</translation>
    </message>
    <message>
        <source>an HTML error page came back (a proxy or web server in front of LangBot?)</source>
        <translation>傳回的是 HTML 錯誤頁面（LangBot 前方是否有代理或網頁伺服器？）</translation>
    </message>
    <message>
        <source>an HTML page came back instead of JSON: this is not a LangBot API at that URL (check the server URL and its path prefix)</source>
        <translation>傳回的是 HTML 頁面而不是 JSON：該 URL 上不是 LangBot API（請檢查伺服器 URL 及其路徑前綴）</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>回應內容為空</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>回應不是有效的 JSON（%1，位於位元組 %2）</translation>
    </message>
    <message>
        <source>the JSON answer has no LangBot envelope (no &quot;code&quot; field)</source>
        <translation>JSON 回應缺少 LangBot 封裝（沒有「code」欄位）</translation>
    </message>
    <message>
        <source>%1 failed: you lack the permission %2 (HTTP 403)</source>
        <translation>%1 失敗：你缺少權限 %2（HTTP 403）</translation>
    </message>
    <message>
        <source>this server does not allow signing in with a password; use an API key</source>
        <translation>此伺服器不允許使用密碼登入；請使用 API 金鑰</translation>
    </message>
    <message>
        <source>the server is busy (HTTP 429); try again later</source>
        <translation>伺服器忙碌中（HTTP 429）；請稍後再試</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>（請求 ID %1）</translation>
    </message>
</context>
<context>
    <name>lb::ConnectionCheck</name>
    <message>
        <source>The profile has no user e-mail address to log in with.</source>
        <translation>此設定檔沒有可用於登入的使用者電子郵件地址。</translation>
    </message>
    <message>
        <source>The connection check was cancelled.</source>
        <translation>連線檢查已取消。</translation>
    </message>
</context>
<context>
    <name>lb::CredentialRequest</name>
    <message>
        <source>or keep the secret in memory for this session only.</source>
        <translation>或僅在本次工作階段將機密保留在記憶體中。</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service answers on the session D-Bus. Install and unlock one (e.g. gnome-keyring or KeePassXC with Secret Service integration), %1</source>
        <translation>沒有可用的鑰匙圈：工作階段 D-Bus 上沒有任何 Secret Service 回應。請安裝並解鎖一個鑰匙圈（例如 gnome-keyring，或啟用 Secret Service 整合的 KeePassXC），%1</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring (e.g. the &quot;Login&quot; keyring) and allow LangBot Console to use it, then try again; %2</source>
        <translation>鑰匙圈拒絕存取（%1）。請解鎖您的鑰匙圈（例如「登入」鑰匙圈）並允許 LangBot Console 使用，然後再試一次；%2</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for a password prompt: unlock it and try again, %2</source>
        <translation>鑰匙圈未在 %1 秒內回應。它可能已鎖定並正在等待密碼提示：請解鎖後再試一次，%2</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this profile yet: enter it to continue.</source>
        <translation>鑰匙圈中尚未儲存此設定檔的機密：請輸入機密以繼續。</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that your keyring service is running and unlocked, then try again; %2</source>
        <translation>鑰匙圈回報錯誤（%1）。請確認您的鑰匙圈服務正在執行且已解鎖，然後再試一次；%2</translation>
    </message>
    <message>
        <source>locked or denied</source>
        <translation>已鎖定或遭拒</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <source>The keychain request was cancelled.</source>
        <translation>鑰匙圈請求已取消。</translation>
    </message>
    <message>
        <source>No profile was given to read a secret for.</source>
        <translation>未指定要讀取機密的設定檔。</translation>
    </message>
    <message>
        <source>No profile was given to store a secret for.</source>
        <translation>未指定要儲存機密的設定檔。</translation>
    </message>
    <message>
        <source>Nothing to store: the secret is empty.</source>
        <translation>沒有可儲存的內容：機密為空。</translation>
    </message>
    <message>
        <source>No profile was given to remove a secret of.</source>
        <translation>未指定要移除機密的設定檔。</translation>
    </message>
</context>
<context>
    <name>lb::DocumentErrors</name>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… 以及其他 %n 個錯誤</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::FieldSpec</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>數字 %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>文字「%1」</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON 物件</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>not an object; the field is skipped</source>
        <translation>不是物件；已略過此欄位</translation>
    </message>
    <message>
        <source>missing; the field is skipped</source>
        <translation>遺失；已略過此欄位</translation>
    </message>
    <message>
        <source>not a string; the field is skipped</source>
        <translation>不是字串；已略過此欄位</translation>
    </message>
    <message>
        <source>empty; the field is skipped</source>
        <translation>為空；已略過此欄位</translation>
    </message>
    <message>
        <source>missing; edited as raw JSON</source>
        <translation>遺失；以原始 JSON 編輯</translation>
    </message>
    <message>
        <source>not a string; edited as raw JSON</source>
        <translation>不是字串；以原始 JSON 編輯</translation>
    </message>
    <message>
        <source>not true or false; taken as false</source>
        <translation>不是 true 或 false；視為 false</translation>
    </message>
    <message>
        <source>missing; the option is skipped</source>
        <translation>遺失；已略過此選項</translation>
    </message>
    <message>
        <source>not a string; the option is skipped</source>
        <translation>不是字串；已略過此選項</translation>
    </message>
    <message>
        <source>not an object; the option is skipped</source>
        <translation>不是物件；已略過此選項</translation>
    </message>
    <message>
        <source>not a list; ignored</source>
        <translation>不是清單；已忽略</translation>
    </message>
    <message>
        <source>the minimum is greater than the maximum; both are ignored</source>
        <translation>最小值大於最大值；兩者皆忽略</translation>
    </message>
    <message>
        <source>%1 does not fit the type &quot;%2&quot;; new records start empty</source>
        <translation>%1 不符合類型「%2」；新記錄將以空值開始</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文字清單</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 was stored as %2 and is read as %3.</source>
        <translation>%1 儲存為 %2，讀取為 %3。</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not %3; it is edited as raw JSON.</source>
        <translation>%1 包含 %2，而不是 %3；將以原始 JSON 編輯。</translation>
    </message>
    <message>
        <source>%1 is not set in this record; the default is shown.</source>
        <translation>此記錄未設定 %1；顯示預設值。</translation>
    </message>
    <message>
        <source>%1 is not set in this record.</source>
        <translation>此記錄未設定 %1。</translation>
    </message>
    <message>
        <source>%1 must be a text.</source>
        <translation>%1 必須是文字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必須是整數。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必須是數字。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必須是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a list of texts.</source>
        <translation>%1 必須是文字清單。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 必須是 JSON 物件。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 為必填。</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 必須是 %2 其中之一，而不是「%3」。</translation>
    </message>
    <message>
        <source>%1 must be a web address that starts with http:// or https:// and names a host, such as https://api.example.com/v1.</source>
        <translation>%1 必須是以 http:// 或 https:// 開頭並指定主機的網址，例如 https://api.example.com/v1。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 必須是整數，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必須介於 %2 與 %3 之間。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 不得小於 %2。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 不得大於 %2。</translation>
    </message>
    <message>
        <source>%1: item %2 must be a text.</source>
        <translation>%1：第 %2 項必須是文字。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1，位於第 %2 個字元</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>沒有值</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>多於一個值</translation>
    </message>
</context>
<context>
    <name>lb::I18nText</name>
    <message>
        <source>not a text or a map of translations</source>
        <translation>不是文字或翻譯對照表</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>不是字串</translation>
    </message>
</context>
<context>
    <name>lb::ImportPlan</name>
    <message>
        <source>no keys</source>
        <translation>沒有金鑰</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 個金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已設定）</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已變更）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已變更）</translation>
    </message>
    <message>
        <source>%1 models on the server are named &quot;%2&quot;: choose the one to update, or create a new one</source>
        <translation>伺服器上有 %1 個名為「%2」的模型：請選擇要更新的模型，或建立新模型</translation>
    </message>
    <message>
        <source>no model with this uuid or name on the server</source>
        <translation>伺服器上沒有具有此 uuid 或名稱的模型</translation>
    </message>
    <message>
        <source>no model named &quot;%1&quot; on the server</source>
        <translation>伺服器上沒有名為「%1」的模型</translation>
    </message>
    <message>
        <source>matched by uuid</source>
        <translation>依 uuid 比對</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>依名稱比對</translation>
    </message>
    <message>
        <source>models[%1] already matches the same server model (%2)</source>
        <translation>models[%1] 已比對到同一個伺服器模型（%2）</translation>
    </message>
    <message>
        <source>the server&apos;s model uses the requester &quot;%1&quot;, the document&apos;s &quot;%2&quot;; an update cannot change it (%3)</source>
        <translation>伺服器模型使用請求器「%1」，文件中則為「%2」；更新無法變更請求器（%3）</translation>
    </message>
    <message>
        <source>identical to the server&apos;s model (%1)</source>
        <translation>與伺服器模型相同（%1）</translation>
    </message>
    <message>
        <source>differs from the server&apos;s model (%1)</source>
        <translation>與伺服器模型不同（%1）</translation>
    </message>
    <message>
        <source>exists on the server and differs (%1); the on-conflict policy is skip</source>
        <translation>已存在於伺服器上且不同（%1）；衝突處理原則為略過</translation>
    </message>
    <message>
        <source>a model named &quot;%1&quot; exists on the server already; this creates a second one</source>
        <translation>伺服器上已有名為「%1」的模型；這會建立第二個</translation>
    </message>
    <message>
        <source>the document carries no API keys: the model is created without keys unless keys are supplied</source>
        <translation>文件中沒有 API 金鑰：除非另行提供金鑰，否則建立的模型將沒有金鑰</translation>
    </message>
    <message>
        <source>the requester stays &quot;%1&quot;: a saved model&apos;s requester cannot change (the document says &quot;%2&quot;)</source>
        <translation>請求器維持為「%1」：已儲存模型的請求器無法變更（文件中為「%2」）</translation>
    </message>
    <message>
        <source>the source server masked the API keys (&quot;***&quot;); they were not exported</source>
        <translation>來源伺服器已遮蔽 API 金鑰（「***」）；金鑰未被匯出</translation>
    </message>
    <message>
        <source>no such row</source>
        <translation>沒有此列</translation>
    </message>
    <message>
        <source>several server models have this name: choose the one to update first</source>
        <translation>有多個伺服器模型使用此名稱：請先選擇要更新的模型</translation>
    </message>
    <message>
        <source>there is no server model to update: create it instead</source>
        <translation>沒有可更新的伺服器模型：請改為建立</translation>
    </message>
    <message>
        <source>no model with the uuid &quot;%1&quot; on the server</source>
        <translation>伺服器上沒有 uuid 為「%1」的模型</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n 個待建立</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without keys)</source>
        <translation>
            <numerusform>（%n 個沒有金鑰）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n 個待更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n 個待略過</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets left out of the export are created without a value: %1</source>
        <translation>匯出時略去的機密在建立時沒有值：%1</translation>
    </message>
    <message>
        <source>the server&apos;s provider &quot;%1&quot; has the same requester, base URL and keys</source>
        <translation>伺服器的供應商「%1」具有相同的請求器、基礎 URL 和金鑰</translation>
    </message>
    <message>
        <source>no provider on the server has this requester, base URL and keys</source>
        <translation>伺服器上沒有具有此請求器、基礎 URL 和金鑰的供應商</translation>
    </message>
    <message>
        <source>the document carries no API keys: the provider is created without keys</source>
        <translation>文件不含 API 金鑰：將建立沒有金鑰的供應商</translation>
    </message>
    <message>
        <source>model type “%1”: LangBot 4.0–4.6 has LLM models only</source>
        <translation>模型類型「%1」：LangBot 4.0–4.6 僅支援 LLM 模型</translation>
    </message>
    <message>
        <source>no %1 model named &quot;%2&quot; on the server</source>
        <translation>伺服器上沒有名為「%2」的 %1 模型</translation>
    </message>
    <message>
        <source>(new provider &quot;%1&quot;)</source>
        <translation>（新供應商「%1」）</translation>
    </message>
    <message>
        <source>the target server cannot hold: %1</source>
        <translation>目標伺服器無法保存：%1</translation>
    </message>
    <message>
        <source>the server&apos;s provider &quot;%1&quot; has the same requester and base URL (the document carries no keys)</source>
        <translation>伺服器的供應商「%1」具有相同的請求器與基礎 URL（文件未包含金鑰）</translation>
    </message>
</context>
<context>
    <name>lb::ImportReport</name>
    <message>
        <source>created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Import report (%1)</source>
        <translation>匯入報告（%1）</translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation>來源檔案：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始時間：%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>完成時間：%1</translation>
    </message>
    <message>
        <source>Result: %1 created, %2 updated, %3 skipped, %4 failed</source>
        <translation>結果：已建立 %1 個、已更新 %2 個、已略過 %3 個、失敗 %4 個</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>供應商 %1</translation>
    </message>
</context>
<context>
    <name>lb::ImportRunner</name>
    <message>
        <source>no API keys sent; add them before the model is used</source>
        <translation>未傳送 API 金鑰；請在使用模型前新增金鑰</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>未套用：%1</translation>
    </message>
    <message>
        <source>the import was cancelled before this model was sent</source>
        <translation>匯入在傳送此模型前已取消</translation>
    </message>
    <message>
        <source>the connection to the server was closed</source>
        <translation>與伺服器的連線已關閉</translation>
    </message>
    <message>
        <source>the request ended without an answer; check the server&apos;s model list</source>
        <translation>請求結束時沒有收到回應；請檢查伺服器的模型清單</translation>
    </message>
    <message>
        <source>the import stopped before this provider was created</source>
        <translation>匯入在建立此供應商之前已停止</translation>
    </message>
    <message>
        <source>The server saved the provider &quot;%1&quot; (%2) anyway; delete it before importing again.</source>
        <translation>伺服器仍然儲存了供應商「%1」（%2）；再次匯入前請將其刪除。</translation>
    </message>
    <message>
        <source>its provider &quot;%1&quot; could not be created</source>
        <translation>無法建立其供應商「%1」</translation>
    </message>
    <message>
        <source>The server saved the model &quot;%1&quot; (%2) anyway; delete it before importing again.</source>
        <translation>伺服器仍然儲存了模型 &quot;%1&quot; (%2)；再次匯入前請將其刪除。</translation>
    </message>
    <message>
        <source>model “%1” (%2)</source>
        <translation>模型「%1」（%2）</translation>
    </message>
    <message>
        <source>provider “%1” (%2)</source>
        <translation>供應商「%1」（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>lb::JsonText</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布林值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>陣列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>lb::LlmModel</name>
    <message>
        <source>a model must be a JSON object, got %1</source>
        <translation>模型必須是 JSON 物件，但收到的是%1</translation>
    </message>
    <message>
        <source>the model has no &quot;uuid&quot; field</source>
        <translation>模型沒有「uuid」欄位</translation>
    </message>
    <message>
        <source>the model&apos;s &quot;uuid&quot; must be a string, got %1</source>
        <translation>模型的「uuid」必須是字串，但收到的是%1</translation>
    </message>
    <message>
        <source>the model&apos;s &quot;uuid&quot; is empty</source>
        <translation>模型的「uuid」為空</translation>
    </message>
</context>
<context>
    <name>lb::LlmTableModel</name>
    <message>
        <source>queued</source>
        <translation>已排入佇列</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>✓ %1 ms</source>
        <translation>✓ %1 ms</translation>
    </message>
    <message>
        <source>✓ ok</source>
        <translation>✓ 成功</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting for a free test slot</source>
        <translation>正在等待可用的測試名額</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Test succeeded in %1 ms</source>
        <translation>測試成功，耗時 %1 ms</translation>
    </message>
    <message>
        <source>Test succeeded</source>
        <translation>測試成功</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>測試失敗</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>測試已取消</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，於 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n 個 API 金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新於 %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>建立於 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求器</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基礎 URL</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>上次測試</translation>
    </message>
    <message>
        <source>Number of API keys (keys themselves are never shown)</source>
        <translation>API 金鑰數量（絕不顯示金鑰本身）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>重新排序</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>hidden by the server</source>
        <translation>已被伺服器隱藏</translation>
    </message>
    <message>
        <source>The server hides this address (no secret permission)</source>
        <translation>伺服器隱藏了此位址（無密鑰權限）</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s), hidden by the server (no secret permission)</source>
        <translation>
            <numerusform>%n 個 API 金鑰，已被伺服器隱藏（無密鑰權限）</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Where the models are used has not been read.</source>
        <translation>尚未讀取模型的使用位置。</translation>
    </message>
    <message>
        <source>How many pipelines use the model (as primary, fallback or rerank model, or through a knowledge base)</source>
        <translation>使用此模型的流水線數量（作為主要模型、備用模型或重新排序模型，或透過知識庫）</translation>
    </message>
    <message>
        <source>No pipeline or knowledge base uses this model.</source>
        <translation>沒有流水線或知識庫使用此模型。</translation>
    </message>
    <message>
        <source> (reasoning: %1)</source>
        <translation>（推理：%1）</translation>
    </message>
    <message>
        <source>no bot runs this pipeline</source>
        <translation>沒有機器人執行此流水線</translation>
    </message>
    <message>
        <source>bots: %1</source>
        <translation>機器人：%1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n pipeline(s):</source>
        <translation>
            <numerusform>被 %n 條流水線使用：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ModelEdits</name>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
</context>
<context>
    <name>lb::ModelUsage</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>pipelines</source>
        <translation>流水線</translation>
    </message>
    <message>
        <source>bots</source>
        <translation>機器人</translation>
    </message>
    <message>
        <source>knowledge bases</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <source>The %1 could not be read (%2): uses through them are not known.</source>
        <translation>無法讀取%1（%2）：經由它們的使用情況未知。</translation>
    </message>
    <message>
        <source>primary model of pipeline %1</source>
        <translation>流水線 %1 的主模型</translation>
    </message>
    <message>
        <source>fallback %1 of pipeline %2</source>
        <translation>流水線 %2 的第 %1 個備用模型</translation>
    </message>
    <message>
        <source>rerank model of pipeline %1</source>
        <translation>流水線 %1 的重排序模型</translation>
    </message>
    <message>
        <source>embedding model of knowledge base %1 (no pipeline searches it)</source>
        <translation>知識庫 %1 的嵌入模型（沒有流水線檢索它）</translation>
    </message>
    <message>
        <source>embedding model of knowledge base %1, searched by pipeline %2</source>
        <translation>知識庫 %1 的嵌入模型，由流水線 %2 檢索</translation>
    </message>
    <message>
        <source>no bot runs it</source>
        <translation>沒有機器人執行它</translation>
    </message>
    <message>
        <source>bots %1</source>
        <translation>機器人 %1</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and has no fallback left (no bot runs it).</source>
        <translation>流水線 %1 失去模型 %2，且沒有剩餘的備用模型（沒有機器人執行它）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and has no fallback left: bots %3 stop answering.</source>
        <translation>流水線 %1 失去模型 %2，且沒有剩餘的備用模型：機器人 %3 將停止回答。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and answers from fallback %3 (%4).</source>
        <translation>流水線 %1 失去模型 %2，改由備用模型 %3 回答（%4）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its fallback %2 (%3).</source>
        <translation>流水線 %1 失去備用模型 %2（%3）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its rerank model %2: its answers get worse without any error (%3).</source>
        <translation>流水線 %1 失去重排序模型 %2：回答品質會下降，且不報任何錯誤（%3）。</translation>
    </message>
    <message>
        <source>Knowledge base %1 loses its embedding model %2: it must be recreated and its documents added again.</source>
        <translation>知識庫 %1 失去嵌入模型 %2：必須重新建立並重新加入文件。</translation>
    </message>
    <message>
        <source>Knowledge base %1 loses its embedding model %2: it must be recreated and its documents added again; pipeline %3 searches it (%4).</source>
        <translation>知識庫 %1 失去嵌入模型 %2：必須重新建立並重新加入文件；流水線 %3 會檢索它（%4）。</translation>
    </message>
</context>
<context>
    <name>lb::ModelsDocument</name>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>missing; every model needs a %1</source>
        <translation>遺失；每個模型都需要 %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得為空</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字串清單</translation>
    </message>
    <message>
        <source>expected a list of keys or a {&quot;not_exported&quot;: true} marker, got an object without &quot;not_exported&quot;: true</source>
        <translation>預期為金鑰清單或 {&quot;not_exported&quot;: true} 標記，但收到的物件沒有 &quot;not_exported&quot;: true</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>大於或等於 0 的整數</translation>
    </message>
    <message>
        <source>a list of keys</source>
        <translation>金鑰清單</translation>
    </message>
    <message>
        <source>a string or a key group object</source>
        <translation>字串或金鑰群組物件</translation>
    </message>
    <message>
        <source>missing; a key group needs a &quot;keys&quot; list</source>
        <translation>遺失；金鑰群組需要「keys」清單</translation>
    </message>
    <message>
        <source>not a valid URL: &quot;%1&quot;</source>
        <translation>不是有效的 URL：「%1」</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a list of models</source>
        <translation>模型清單</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>非空字串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of an earlier provider</source>
        <translation>「%1」是前一個供應商的 ID</translation>
    </message>
    <message>
        <source>expected &quot;llm&quot;, &quot;embedding&quot; or &quot;rerank&quot;</source>
        <translation>應為 &quot;llm&quot;、&quot;embedding&quot; 或 &quot;rerank&quot;</translation>
    </message>
    <message>
        <source>the id of one of &quot;providers&quot;</source>
        <translation>&quot;providers&quot; 中某個供應商的 ID</translation>
    </message>
    <message>
        <source>no provider with the id &quot;%1&quot;</source>
        <translation>沒有 ID 為「%1」的供應商</translation>
    </message>
    <message>
        <source>a list of providers</source>
        <translation>供應商清單</translation>
    </message>
</context>
<context>
    <name>lb::Permissions</name>
    <message>
        <source>the server has no roles: everything is allowed</source>
        <translation>伺服器沒有角色：一切皆被允許</translation>
    </message>
    <message>
        <source>read from the server</source>
        <translation>從伺服器讀取</translation>
    </message>
    <message>
        <source>not told by the server: all assumed, refusals are reported</source>
        <translation>伺服器未告知：假定全部允許，拒絕時會回報</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>尚未偵測</translation>
    </message>
</context>
<context>
    <name>lb::Profile</name>
    <message>
        <source>Development</source>
        <translation>開發</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>預備</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Name: enter a name for this profile.</source>
        <translation>名稱：請為此設定檔輸入名稱。</translation>
    </message>
    <message>
        <source>Server URL: enter the address of the LangBot server, e.g. http://127.0.0.1:5300 or https://langbot.example.org.</source>
        <translation>伺服器 URL：請輸入 LangBot 伺服器的位址，例如 http://127.0.0.1:5300 或 https://langbot.example.org。</translation>
    </message>
    <message>
        <source>Server URL: &quot;%1&quot; is not a valid address; use e.g. https://langbot.example.org.</source>
        <translation>伺服器 URL：「%1」不是有效的位址；請使用例如 https://langbot.example.org 的格式。</translation>
    </message>
    <message>
        <source>Server URL: use an address starting with http:// or https://.</source>
        <translation>伺服器 URL：請使用以 http:// 或 https:// 開頭的位址。</translation>
    </message>
    <message>
        <source>Server URL: the address has no host name; use e.g. https://langbot.example.org.</source>
        <translation>伺服器 URL：位址中沒有主機名稱；請使用例如 https://langbot.example.org 的格式。</translation>
    </message>
    <message>
        <source>Server URL: remove the user name and password from the address; secrets are kept in the keychain, never in the profile.</source>
        <translation>伺服器 URL：請從位址中移除使用者名稱與密碼；機密保存在鑰匙圈中，絕不存放在設定檔裡。</translation>
    </message>
    <message>
        <source>Server URL: remove the part after &quot;?&quot; or &quot;#&quot;; the address is only scheme, host, port and an optional path prefix.</source>
        <translation>伺服器 URL：請移除「?」或「#」之後的部分；位址僅包含協定、主機、連接埠及選用的路徑前綴。</translation>
    </message>
    <message>
        <source>User e-mail: enter the e-mail address of the LangBot account to sign in with.</source>
        <translation>使用者電子郵件：請輸入用於登入的 LangBot 帳號電子郵件地址。</translation>
    </message>
    <message>
        <source>Timeout: enter between %1 and %2 seconds.</source>
        <translation>逾時：請輸入 %1 到 %2 秒之間的值。</translation>
    </message>
    <message>
        <source>Test timeout: enter between %1 and %2 seconds.</source>
        <translation>測試逾時：請輸入 %1 到 %2 秒之間的值。</translation>
    </message>
    <message>
        <source>Colour: use the form #rrggbb, or leave it empty for the environment&apos;s colour.</source>
        <translation>顏色：請使用 #rrggbb 格式，或留空以使用環境的顏色。</translation>
    </message>
    <message>
        <source>Pinned certificate: enter the SHA-256 fingerprint as 64 hexadecimal digits, or leave it empty to use the system&apos;s certificate checks only.</source>
        <translation>固定憑證：請輸入 64 位十六進位數字的 SHA-256 指紋，或留空以僅使用系統的憑證檢查。</translation>
    </message>
</context>
<context>
    <name>lb::ProfileJsonFile</name>
    <message>
        <source>cannot write a %1 file without a profile</source>
        <translation>沒有設定檔，無法寫入 %1 檔案</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>無法開啟：%1</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>大於 %1 位元組</translation>
    </message>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>第 %1 位元組處不是 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>預期為 JSON 物件</translation>
    </message>
    <message>
        <source>expected the format &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>格式預期為「%1」，但收到的是「%2」</translation>
    </message>
    <message>
        <source>version %1 is not one this console reads (1 to %2)</source>
        <translation>此主控台無法讀取版本 %1（可讀取 1 至 %2）</translation>
    </message>
</context>
<context>
    <name>lb::ProfileStore</name>
    <message>
        <source>Profile %1</source>
        <translation>設定檔 %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>lb::ProfilesDocument</name>
    <message>
        <source>a string</source>
        <translation>字串</translation>
    </message>
    <message>
        <source>a list of profiles</source>
        <translation>設定檔清單</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>missing; every profile needs a %1</source>
        <translation>遺失；每個設定檔都需要 %1</translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation>以秒為單位的整數</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; or &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>預期為「%1」或「%2」，但收到的是「%3」</translation>
    </message>
    <message>
        <source>expected one of development, staging, production, other; got &quot;%1&quot;</source>
        <translation>預期為 development、staging、production、other 其中之一；但收到的是「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 already; profile names must be unique</source>
        <translation>「%1」已被 %2 使用；設定檔名稱不得重複</translation>
    </message>
</context>
<context>
    <name>lb::Provider</name>
    <message>
        <source>a provider must be a JSON object, got %1</source>
        <translation>提供者必須是 JSON 物件，實際是 %1</translation>
    </message>
    <message>
        <source>the provider has no &quot;uuid&quot; field</source>
        <translation>該提供者沒有 &quot;uuid&quot; 欄位</translation>
    </message>
    <message>
        <source>the provider&apos;s &quot;uuid&quot; must be a string, got %1</source>
        <translation>提供者的 &quot;uuid&quot; 必須是字串，實際是 %1</translation>
    </message>
    <message>
        <source>the provider&apos;s &quot;uuid&quot; is empty</source>
        <translation>提供者的 &quot;uuid&quot; 為空</translation>
    </message>
</context>
<context>
    <name>lb::ProviderListModel</name>
    <message>
        <source>All providers</source>
        <translation>全部供應商</translation>
    </message>
    <message>
        <source>The models of every provider</source>
        <translation>所有供應商的模型</translation>
    </message>
    <message>
        <source>%1 (%2): implied by its models; this server has no providers</source>
        <translation>%1（%2）：由其模型推斷；此伺服器沒有供應商</translation>
    </message>
    <message>
        <source>The server hides the credentials in this URL (no secret permission).</source>
        <translation>伺服器隱藏了此 URL 中的憑證（無密鑰權限）。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), hidden by the server (no secret permission)</source>
        <translation>
            <numerusform>%n 個密鑰，已被伺服器隱藏（無密鑰權限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 個密鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基礎 URL</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密鑰</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>重新排序</translation>
    </message>
    <message>
        <source>hidden by the server</source>
        <translation>已被伺服器隱藏</translation>
    </message>
</context>
<context>
    <name>lb::ReplacePlan</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>The old and the new model are the same model (%1): there is nothing to replace.</source>
        <translation>舊模型和新模型是同一個模型（%1）：沒有可替換的內容。</translation>
    </message>
    <message>
        <source>%1 is a model of type %2 and %3 of type %4: a model can only be replaced by one of the same type.</source>
        <translation>%1 是 %2 類型的模型，而 %3 是 %4 類型：模型只能被同類型的模型替換。</translation>
    </message>
    <message>
        <source>primary model: %1 → %2</source>
        <translation>主模型：%1 → %2</translation>
    </message>
    <message>
        <source>model (a plain uuid, kept as one): %1 → %2</source>
        <translation>模型（純 uuid 字串，保持為字串）：%1 → %2</translation>
    </message>
    <message>
        <source>fallback %1: %2 → %3</source>
        <translation>備用模型 %1：%2 → %3</translation>
    </message>
    <message>
        <source>fallback %1: %2 removed, the new model is already the primary model or a fallback</source>
        <translation>備用模型 %1：已移除 %2，新模型已是主模型或備用模型</translation>
    </message>
    <message>
        <source>reasoning level %1: moves from %2 to %3</source>
        <translation>推理等級 %1：從 %2 移到 %3</translation>
    </message>
    <message>
        <source>reasoning: %1 keeps its own level %2; the level %3 of %4 is removed</source>
        <translation>推理：%1 保留其自身的等級 %2；%4 的等級 %3 被移除</translation>
    </message>
    <message>
        <source>rerank model: %1 → %2</source>
        <translation>重排序模型：%1 → %2</translation>
    </message>
    <message>
        <source>Knowledge base %1 embeds with %2: it is not changed; it must be recreated with %3 and its documents added again.</source>
        <translation>知識庫 %1 使用 %2 做嵌入：它不會被修改；必須用 %3 重新建立並重新加入其文件。</translation>
    </message>
    <message>
        <source>Knowledge base %1 embeds with %2: it is not changed; it must be recreated with %3 and its documents added again (searched by %4).</source>
        <translation>知識庫 %1 使用 %2 做嵌入：它不會被修改；必須用 %3 重新建立並重新加入其文件（被 %4 檢索）。</translation>
    </message>
    <message>
        <source>LangBot 4.0–4.6 servers have no pipelines that name models: there is nothing to replace.</source>
        <translation>LangBot 4.0–4.6 伺服器沒有引用模型的管線：沒有可替換的內容。</translation>
    </message>
</context>
<context>
    <name>lb::ReplaceRunner</name>
    <message>
        <source>A replacement is running already.</source>
        <translation>替換已在進行中。</translation>
    </message>
    <message>
        <source>Changing pipelines needs the permission %1, which this key or account does not have: nothing was sent.</source>
        <translation>修改管線需要權限 %1，此金鑰或帳號沒有該權限：未傳送任何內容。</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent for this pipeline.</source>
        <translation>已取消：此管線不再傳送任何內容。</translation>
    </message>
    <message>
        <source>Skipped: the pipeline no longer names the old model (changed on the server since the plan); nothing was sent.</source>
        <translation>已略過：該管線已不再引用舊模型（計畫之後在伺服器上被修改）；未傳送任何內容。</translation>
    </message>
    <message>
        <source>Skipped: the pipeline changed on the server since the plan and names the old model elsewhere now; nothing was sent. Make the plan again.</source>
        <translation>已略過：該管線在計畫之後在伺服器上被修改，現在在其他位置引用舊模型；未傳送任何內容。請重新產生計畫。</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n field(s).</source>
        <translation>
            <numerusform>已修改：%n 個欄位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::RequesterSchema</name>
    <message>
        <source>missing</source>
        <translation>遺失</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>not an object (%1); the requester is skipped</source>
        <translation>不是物件（%1）；已略過此請求器</translation>
    </message>
    <message>
        <source>missing; the requester is skipped</source>
        <translation>遺失；已略過此請求器</translation>
    </message>
    <message>
        <source>not a string; the requester is skipped</source>
        <translation>不是字串；已略過此請求器</translation>
    </message>
    <message>
        <source>empty; the requester is skipped</source>
        <translation>為空；已略過此請求器</translation>
    </message>
    <message>
        <source>not a string; ignored</source>
        <translation>不是字串；已忽略</translation>
    </message>
    <message>
        <source>missing; the requester has no fields</source>
        <translation>遺失；此請求器沒有欄位</translation>
    </message>
    <message>
        <source>not an object; the requester has no fields</source>
        <translation>不是物件；此請求器沒有欄位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a field; the repeat is skipped</source>
        <translation>「%1」已是欄位；已略過重複項目</translation>
    </message>
    <message>
        <source>not a list; the requester has no fields</source>
        <translation>不是清單；此請求器沒有欄位</translation>
    </message>
    <message>
        <source>not a list; ignored</source>
        <translation>不是清單；已忽略</translation>
    </message>
    <message>
        <source>LangBot describes requester settings only to a signed-in user, and this profile uses an API key (no copy from an earlier sign-in is saved).</source>
        <translation>LangBot 只向已登入的使用者說明請求器設定，而此設定檔使用 API 金鑰（且未保存先前登入時取得的副本）。</translation>
    </message>
    <message>
        <source>The server cannot be reached and no saved copy of its requester settings exists.</source>
        <translation>無法連線至伺服器，且沒有已保存的請求器設定副本。</translation>
    </message>
    <message>
        <source>The server does not describe the requester &quot;%1&quot;.</source>
        <translation>伺服器未說明請求器「%1」。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched.</source>
        <translation>無法取得請求器設定。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Only the base URL and the timeout have their own fields; the other settings are edited as JSON.</source>
        <translation>只有基礎 URL 與逾時有專屬欄位；其他設定以 JSON 編輯。</translation>
    </message>
    <message>
        <source>the answer is %1, not an object with &quot;requesters&quot;</source>
        <translation>回應為%1，而不是含有「requesters」的物件</translation>
    </message>
    <message>
        <source>%1, not a list</source>
        <translation>%1，而不是清單</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed already; the repeat is skipped</source>
        <translation>「%1」已列出；已略過重複項目</translation>
    </message>
    <message>
        <source>the answer is %1, not an object with &quot;requester&quot;</source>
        <translation>回應為%1，而不是含有「requester」的物件</translation>
    </message>
</context>
<context>
    <name>lb::ScanAddRunner</name>
    <message>
        <source>the connection to the server was closed</source>
        <translation>與伺服器的連線已關閉</translation>
    </message>
    <message>
        <source>needs the permission %1</source>
        <translation>需要權限 %1</translation>
    </message>
    <message>
        <source>the provider is no longer on the server</source>
        <translation>伺服器上已沒有該供應商</translation>
    </message>
    <message>
        <source>the provider could not be read: %1</source>
        <translation>無法讀取供應商：%1</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>傳送前已取消</translation>
    </message>
    <message>
        <source>the server&apos;s type &quot;%1&quot; is unknown to this console</source>
        <translation>本主控台不認識伺服器的類型「%1」</translation>
    </message>
    <message>
        <source>the request ended without an answer; check the model list</source>
        <translation>請求結束但沒有回應；請檢查模型列表</translation>
    </message>
    <message>
        <source>The server saved the model anyway (%1): delete it, or check the provider.</source>
        <translation>伺服器仍然儲存了該模型（%1）：請刪除它，或檢查供應商。</translation>
    </message>
</context>
<context>
    <name>lb::ScannedModelList</name>
    <message>
        <source>Already added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在新增…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未新增</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>A model of this provider already has this name and type</source>
        <translation>該供應商已有同名同類型的模型</translation>
    </message>
    <message>
        <source>The server says a model of this provider already has this name</source>
        <translation>伺服器表示該供應商已有同名模型</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文長度</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>lb::SchemaSource</name>
    <message>
        <source>LangBot describes requester settings only to a signed-in user, and this profile uses an API key.</source>
        <translation>LangBot 只向已登入的使用者說明請求器設定，而此設定檔使用 API 金鑰。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>無法連線至伺服器。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched.</source>
        <translation>無法取得請求器設定。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched: %1</source>
        <translation>無法取得請求器設定：%1</translation>
    </message>
    <message>
        <source>%1 The forms follow the copy of the requester settings saved on %2.</source>
        <translation>%1 表單依據於 %2 保存的請求器設定副本。</translation>
    </message>
</context>
<context>
    <name>lb::ServerGeneration</name>
    <message>
        <source>LangBot 4.0–4.6</source>
        <translation>LangBot 4.0–4.6</translation>
    </message>
    <message>
        <source>LangBot 4.7–4.10.6</source>
        <translation>LangBot 4.7–4.10.6</translation>
    </message>
    <message>
        <source>LangBot 4.10.7 or later</source>
        <translation>LangBot 4.10.7 或更新版本</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>lb::ServerWorkspace</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The LLM models could not be listed (the other types are shown): %1</source>
        <translation>無法列出 LLM 模型（仍顯示其他類型）：%1</translation>
    </message>
    <message>
        <source>The embedding models could not be listed (the other types are shown): %1</source>
        <translation>無法列出嵌入模型（仍顯示其他類型）：%1</translation>
    </message>
    <message>
        <source>The rerank models could not be listed (the other types are shown): %1</source>
        <translation>無法列出重排序模型（仍顯示其他類型）：%1</translation>
    </message>
    <message>
        <source>The providers could not be listed: %1</source>
        <translation>無法列出供應商：%1</translation>
    </message>
    <message>
        <source>“%1” was not deleted: the credentials lack the permission %2 (nothing was sent)</source>
        <translation>未刪除「%1」：憑證缺少權限 %2（未傳送任何請求）</translation>
    </message>
</context>
<context>
    <name>lb::Session</name>
    <message>
        <source>No API key is stored for this profile yet.</source>
        <translation>此設定檔尚未儲存 API 金鑰。</translation>
    </message>
    <message>
        <source>No password is stored for this profile yet.</source>
        <translation>此設定檔尚未儲存密碼。</translation>
    </message>
    <message>
        <source>The keychain could not be read.</source>
        <translation>無法讀取鑰匙圈。</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>伺服器拒絕了使用者名稱或密碼。</translation>
    </message>
    <message>
        <source>The server ended the session. Enter the password to log in again.</source>
        <translation>伺服器已結束工作階段。請輸入密碼以重新登入。</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain; it is kept in memory for this session only.</source>
        <translation>無法將機密儲存至鑰匙圈；僅在本次工作階段保留在記憶體中。</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API 金鑰為空。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>密碼為空。</translation>
    </message>
</context>
<context>
    <name>lb::TestRunner</name>
    <message>
        <source>Not tested: the credentials lack the permission %1 (nothing was sent)</source>
        <translation>未測試：憑證缺少權限 %1（未傳送任何請求）</translation>
    </message>
</context>
<context>
    <name>lb::TransferDocument</name>
    <message>
        <source>a string</source>
        <translation>字串</translation>
    </message>
    <message>
        <source>not an ISO-8601 time: &quot;%1&quot;</source>
        <translation>不是 ISO-8601 時間：「%1」</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>遺失；預期為%1</translation>
    </message>
</context>
<context>
    <name>lb::TransferJson</name>
    <message>
        <source>a string</source>
        <translation>字串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>陣列</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>預期為%1，但收到的是%2</translation>
    </message>
    <message>
        <source>not JSON: line %1, column %2: %3</source>
        <translation>不是 JSON：第 %1 行，第 %2 欄：%3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top, got %1</source>
        <translation>最上層預期為 JSON 物件，但收到的是%1</translation>
    </message>
    <message>
        <source>missing; this is not a langbot-console document (expected &quot;%1&quot;)</source>
        <translation>遺失；這不是 langbot-console 文件（預期為「%1」）</translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; document, expected &quot;%2&quot;</source>
        <translation>這是「%1」文件，預期為「%2」</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>預期為「%1」，但收到的是「%2」</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>遺失</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more, got %1</source>
        <translation>預期為大於或等於 1 的整數，但收到的是 %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>unsupported version %1; this console reads version %2 (a newer langbot-console wrote this file)</source>
        <translation>不支援的版本 %1；此主控台讀取的是版本 %2（此檔案由較新版本的 langbot-console 寫入）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for an export (%2 bytes; the limit is %3)</source>
        <translation>%1 過大，無法作為匯出檔（%2 位元組；上限為 %3）</translation>
    </message>
    <message>
        <source>%1 is too large for an export (the limit is %2 bytes)</source>
        <translation>%1 過大，無法作為匯出檔（上限為 %2 位元組）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>lb::UsageLoader</name>
    <message>
        <source>LangBot 4.0–4.6 servers keep no model references this console can read: where a model is used is not known.</source>
        <translation>LangBot 4.0–4.6 伺服器沒有本主控台可讀取的模型參照：模型的使用位置未知。</translation>
    </message>
</context>
<context>
    <name>lb::WriteBodies</name>
    <message>
        <source>A test of an unsaved model needs the provider&apos;s real API keys, and they are masked (***): enter them, or read the provider with the permission to see secrets.</source>
        <translation>測試未儲存的模型需要提供者的真實 API 金鑰，但它們已被遮蔽 (***)：請輸入金鑰，或以可檢視密鑰的權限讀取該提供者。</translation>
    </message>
    <message>
        <source>The provider&apos;s base URL is masked (***): enter it in full.</source>
        <translation>提供者的基礎 URL 已被遮蔽 (***)：請輸入完整的 URL。</translation>
    </message>
    <message>
        <source>This server has no %1 models.</source>
        <translation>此伺服器沒有 %1 模型。</translation>
    </message>
    <message>
        <source>The model has no name.</source>
        <translation>該模型沒有名稱。</translation>
    </message>
    <message>
        <source>The model has no provider: choose one.</source>
        <translation>該模型沒有提供者：請選擇一個。</translation>
    </message>
    <message>
        <source>The extra parameter &quot;%1&quot; is masked (***): enter its value.</source>
        <translation>額外參數 &quot;%1&quot; 已被遮蔽 (***)：請輸入它的值。</translation>
    </message>
    <message>
        <source>The reasoning level &quot;%1&quot; needs the reasoning ability: turn it on, or set the level to provider_default.</source>
        <translation>推理等級 &quot;%1&quot; 需要 reasoning 能力：請開啟它，或將等級設為 provider_default。</translation>
    </message>
    <message>
        <source>The reasoning level &quot;%1&quot; is not one this model offers (%2).</source>
        <translation>推理等級 &quot;%1&quot; 不在此模型提供的等級中 (%2)。</translation>
    </message>
    <message>
        <source>The extra parameter &quot;%1&quot; sets reasoning too: remove it, or set the reasoning level to provider_default.</source>
        <translation>額外參數 &quot;%1&quot; 也設定了推理：請刪除它，或將推理等級設為 provider_default。</translation>
    </message>
    <message>
        <source>LangBot 4.0–4.6 servers have no providers: the models carry their own requester and keys.</source>
        <translation>LangBot 4.0–4.6 伺服器沒有提供者：模型自帶請求器和金鑰。</translation>
    </message>
    <message>
        <source>The provider has no name.</source>
        <translation>該提供者沒有名稱。</translation>
    </message>
    <message>
        <source>The provider has no requester: choose one.</source>
        <translation>該提供者沒有請求器：請選擇一個。</translation>
    </message>
    <message>
        <source>A new provider cannot keep a masked key (***): enter the key itself.</source>
        <translation>新的提供者不能保留被遮蔽的金鑰 (***)：請輸入金鑰本身。</translation>
    </message>
    <message>
        <source>This server does not mask keys: &quot;***&quot; would be saved as the key itself. Enter the key.</source>
        <translation>此伺服器不遮蔽金鑰：&quot;***&quot; 會被當作金鑰本身儲存。請輸入金鑰。</translation>
    </message>
    <message>
        <source>Key %1 is masked (***) but no stored key is kept at that place: enter it again.</source>
        <translation>第 %1 個金鑰已被遮蔽 (***)，但該位置沒有可保留的已存金鑰：請重新輸入。</translation>
    </message>
</context>
<context>
    <name>lb::cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <source>Use the saved server profile NAME (as in the console).</source>
        <translation>使用已儲存的伺服器設定檔 NAME（與主控台中相同）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use the server at URL, with the API key from the environment variable LANGBOT_API_KEY.</source>
        <translation>使用位於 URL 的伺服器，API 金鑰取自環境變數 LANGBOT_API_KEY。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>輸出機器可讀的 JSON。</translation>
    </message>
    <message>
        <source>REQUESTER</source>
        <translation>REQUESTER</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASE URL</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>KEYS</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>No models to test.</source>
        <translation>沒有可測試的模型。</translation>
    </message>
    <message>
        <source>(unknown model)</source>
        <translation>（未知模型）</translation>
    </message>
    <message>
        <source>✓ %1  %2 ms  (%3)</source>
        <translation>✓ %1  %2 ms  （%3）</translation>
    </message>
    <message>
        <source>✗ %1  (%2)
    %3</source>
        <translation>✗ %1  （%2）
    %3</translation>
    </message>
    <message>
        <source>Testing %1/%2, about %3 s left</source>
        <translation>正在測試 %1/%2，剩餘約 %3 秒</translation>
    </message>
    <message>
        <source>Testing %1/%2</source>
        <translation>正在測試 %1/%2</translation>
    </message>
    <message>
        <source>%1 tested, %2 passed, %3 failed.</source>
        <translation>已測試 %1 個，%2 個通過，%3 個失敗。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n model(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 個模型匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the export holds API keys in plain text. Keep it out of version control and delete it when done.</source>
        <translation>警告：匯出檔以純文字保存 API 金鑰。請勿將其納入版本控制，並在用完後刪除。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile and this import overwrites %n model(s). Check the plan with --dry-run, then run again with --yes.</source>
        <translation>
            <numerusform>「%1」是正式環境設定檔，此次匯入將覆寫 %n 個模型。請先使用 --dry-run 檢查計畫，再加上 --yes 重新執行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1/%2</source>
        <translation>正在匯入 %1/%2</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>無法將報告儲存至 %1：%2</translation>
    </message>
    <message>
        <source>No profiles yet. Add one: langbot-console profiles add NAME --url URL</source>
        <translation>尚無設定檔。新增方式：langbot-console profiles add NAME --url URL</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>See: langbot-console profiles --help</source>
        <translation>請參閱：langbot-console profiles --help</translation>
    </message>
    <message>
        <source>profiles list takes no more arguments.</source>
        <translation>profiles list 不接受其他引數。</translation>
    </message>
    <message>
        <source>profiles remove needs the profile&apos;s NAME.</source>
        <translation>profiles remove 需要設定檔的 NAME。</translation>
    </message>
    <message>
        <source>No profile called “%1”.</source>
        <translation>沒有名為「%1」的設定檔。</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>已移除設定檔「%1」。</translation>
    </message>
    <message>
        <source>Its secrets could not be removed from the keychain: %1</source>
        <translation>無法從鑰匙圈移除其機密：%1</translation>
    </message>
    <message>
        <source>Unknown profiles action “%1”: use list, add or remove.</source>
        <translation>未知的 profiles 動作「%1」：請使用 list、add 或 remove。</translation>
    </message>
    <message>
        <source>profiles add needs the profile&apos;s NAME.</source>
        <translation>profiles add 需要設定檔的 NAME。</translation>
    </message>
    <message>
        <source>profiles add needs --url URL.</source>
        <translation>profiles add 需要 --url URL。</translation>
    </message>
    <message>
        <source>--environment takes development, staging, production or other.</source>
        <translation>--environment 可接受 development、staging、production 或 other。</translation>
    </message>
    <message>
        <source>--auth takes api-key or login.</source>
        <translation>--auth 可接受 api-key 或 login。</translation>
    </message>
    <message>
        <source>A profile called “%1” exists already.</source>
        <translation>名為「%1」的設定檔已存在。</translation>
    </message>
    <message>
        <source>Added profile “%1” (%2).</source>
        <translation>已新增設定檔「%1」（%2）。</translation>
    </message>
    <message>
        <source>No API key stored: set LANGBOT_API_KEY when adding, or enter it in the console.</source>
        <translation>未儲存 API 金鑰：請在新增時設定 LANGBOT_API_KEY，或在主控台中輸入。</translation>
    </message>
    <message>
        <source>No password stored: set LANGBOT_PASSWORD when adding, or enter it in the console.</source>
        <translation>未儲存密碼：請在新增時設定 LANGBOT_PASSWORD，或在主控台中輸入。</translation>
    </message>
    <message>
        <source>The profile was saved, but its secret could not be stored: %1</source>
        <translation>設定檔已儲存，但無法儲存其機密：%1</translation>
    </message>
    <message>
        <source>The API key is in the keychain.</source>
        <translation>API 金鑰已存放在鑰匙圈中。</translation>
    </message>
    <message>
        <source>The password is in the keychain.</source>
        <translation>密碼已存放在鑰匙圈中。</translation>
    </message>
    <message>
        <source>Test every model of the server.</source>
        <translation>測試伺服器的所有模型。</translation>
    </message>
    <message>
        <source>Run at most N tests at once (1 to 32, default 4).</source>
        <translation>最多同時執行 N 個測試（1 到 32，預設為 4）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The server&apos;s base URL.</source>
        <translation>伺服器的基礎 URL。</translation>
    </message>
    <message>
        <source>development, staging, production or other (default).</source>
        <translation>development、staging、production 或 other（預設）。</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>api-key (default; the key from LANGBOT_API_KEY is stored in the keychain) or login (with --user; the password from LANGBOT_PASSWORD).</source>
        <translation>api-key（預設；取自 LANGBOT_API_KEY 的金鑰會存放在鑰匙圈中）或 login（搭配 --user；密碼取自 LANGBOT_PASSWORD）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>The LangBot user e-mail for --auth login.</source>
        <translation>用於 --auth login 的 LangBot 使用者電子郵件。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Write the export to FILE (&quot;-&quot; for standard output).</source>
        <translation>將匯出內容寫入 FILE（「-」表示標準輸出）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the API keys into the export (plain text!). Left out by default.</source>
        <translation>將 API 金鑰寫入匯出檔（純文字！）。預設不包含。</translation>
    </message>
    <message>
        <source>Show what the import would do; send nothing.</source>
        <translation>顯示匯入將執行的動作；不傳送任何內容。</translation>
    </message>
    <message>
        <source>What to do with a model the server has already: update (default) or skip.</source>
        <translation>如何處理伺服器上已存在的模型：update（預設）或 skip。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Confirm an import that overwrites models on a production profile.</source>
        <translation>確認會覆寫正式環境設定檔上模型的匯入。</translation>
    </message>
    <message>
        <source>Save the import report to FILE (JSON for *.json, else text).</source>
        <translation>將匯入報告儲存至 FILE（*.json 為 JSON，其他為純文字）。</translation>
    </message>
    <message>
        <source>Export the server&apos;s model configurations to a JSON document (see docs/export-format.md). API keys are left out unless --include-secrets.</source>
        <translation>將伺服器的模型設定匯出為 JSON 文件（請參閱 docs/export-format.md）。除非指定 --include-secrets，否則不包含 API 金鑰。</translation>
    </message>
    <message>
        <source>Import model configurations from an export document: shows the plan (create, update or skip per model, with the changes), then applies it. Exit code 1 when any model failed, 2 for a document that is not valid (nothing is sent then).</source>
        <translation>從匯出文件匯入模型設定：先顯示計畫（每個模型將建立、更新或略過，並列出變更），然後套用。任一模型失敗時結束代碼為 1；文件無效時為 2（此時不會傳送任何內容）。</translation>
    </message>
    <message>
        <source>[UUID...|--all]</source>
        <translation>[UUID...|--all]</translation>
    </message>
    <message>
        <source>Ask the server to test models against their providers; prints each result with its round-trip time. Exit code 1 when any test failed.</source>
        <translation>要求伺服器以模型的供應商測試模型；逐一輸出結果及其往返時間。任一測試失敗時結束代碼為 1。</translation>
    </message>
    <message>
        <source>list | add NAME | remove NAME</source>
        <translation>list | add NAME | remove NAME</translation>
    </message>
    <message>
        <source>The server profiles shared with the console window.</source>
        <translation>與主控台視窗共用的伺服器設定檔。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2</source>
        <translation>未知的指令「%1」。可用指令：%2</translation>
    </message>
    <message>
        <source>See: langbot-console %1 --help</source>
        <translation>請參閱：langbot-console %1 --help</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list 不接受引數。</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 32.</source>
        <translation>--concurrency 需要 1 到 32 之間的數字。</translation>
    </message>
    <message>
        <source>test needs either model UUIDs or --all.</source>
        <translation>test 需要模型 UUID 或 --all。</translation>
    </message>
    <message>
        <source>export takes no arguments; name the file with -o FILE.</source>
        <translation>export 不接受引數；請使用 -o FILE 指定檔案。</translation>
    </message>
    <message>
        <source>export needs -o FILE (or -o - for standard output).</source>
        <translation>export 需要 -o FILE（或以 -o - 輸出至標準輸出）。</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import 只接受一個 FILE。</translation>
    </message>
    <message>
        <source>--on-conflict takes update or skip.</source>
        <translation>--on-conflict 可接受 update 或 skip。</translation>
    </message>
    <message>
        <source>%1 is not a valid export document:</source>
        <translation>%1 不是有效的匯出文件：</translation>
    </message>
    <message>
        <source>Use either --profile or --url, not both.</source>
        <translation>請使用 --profile 或 --url 其中之一，不可同時使用。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>some items failed (a test, an imported model)</source>
        <translation>部分項目失敗（某個測試或某個匯入的模型）</translation>
    </message>
    <message>
        <source>usage, or an import document that is not valid (nothing is sent)</source>
        <translation>用法錯誤，或匯入文件無效（不傳送任何內容）</translation>
    </message>
    <message>
        <source>authentication: no usable credentials, or refused (HTTP 401)</source>
        <translation>驗證：沒有可用的憑證，或憑證遭拒（HTTP 401）</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>找不到（HTTP 404）</translation>
    </message>
    <message>
        <source>network, TLS or timeout: the server could not be reached</source>
        <translation>網路、TLS 或逾時：無法連線到伺服器</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>結束代碼：</translation>
    </message>
    <message>
        <source>Not allowed: this needs the permission %1, which these credentials lack.</source>
        <translation>不允許：此操作需要權限 %1，而目前的憑證沒有該權限。</translation>
    </message>
    <message>
        <source>The model type: llm, embedding or rerank (list and test: also all, the default; create: llm by default).</source>
        <translation>模型類型：llm、embedding 或 rerank（list 和 test 還可用 all，即預設值；create 預設為 llm）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only the models of the provider UUID or NAME.</source>
        <translation>只顯示該供應商（UUID 或名稱）的模型。</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>Read the record from FILE (a JSON object).</source>
        <translation>從 FILE（一個 JSON 物件）讀取記錄。</translation>
    </message>
    <message>
        <source>The provider&apos;s name.</source>
        <translation>供應商的名稱。</translation>
    </message>
    <message>
        <source>The provider&apos;s requester (e.g. openai-chat-completions).</source>
        <translation>供應商的請求器（例如 openai-chat-completions）。</translation>
    </message>
    <message>
        <source>The provider&apos;s base URL.</source>
        <translation>供應商的基礎 URL。</translation>
    </message>
    <message>
        <source>An API key of the provider; repeat it for several. Replaces the stored keys.</source>
        <translation>供應商的一個 API 金鑰；多個金鑰請重複此選項。會取代已儲存的金鑰。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Print the provider&apos;s keys (needs the permission provider_secret.manage).</source>
        <translation>輸出供應商的金鑰（需要權限 provider_secret.manage）。</translation>
    </message>
    <message>
        <source>Confirm the delete.</source>
        <translation>確認刪除。</translation>
    </message>
    <message>
        <source>List the server&apos;s models of every type, or of --type (no key values).</source>
        <translation>列出伺服器上所有類型（或 --type 指定類型）的模型（不含金鑰值）。</translation>
    </message>
    <message>
        <source>Print one model as JSON (key values left out). Without --type it is looked for in every type.</source>
        <translation>以 JSON 輸出一個模型（不含金鑰值）。未指定 --type 時在所有類型中尋找。</translation>
    </message>
    <message>
        <source>Show the server: URL, version, API generation, and your role and permissions.</source>
        <translation>顯示伺服器資訊：URL、版本、API 世代，以及你的角色和權限。</translation>
    </message>
    <message>
        <source>list | get REF | create | update REF | delete REF | scan REF</source>
        <translation>list | get REF | create | update REF | delete REF | scan REF</translation>
    </message>
    <message>
        <source>The providers of a LangBot 4.7+ server (REF: a UUID or a name). create and update take --file and the flags --name, --requester, --base-url, --api-key; delete needs --yes; scan lists the models the provider offers. Keys are never printed unless get --include-secrets. A 4.0–4.6 server has no providers: list shows those implied by its models, writes exit with code 8.</source>
        <translation>LangBot 4.7+ 伺服器的供應商（REF：UUID 或名稱）。create 和 update 接受 --file 以及 --name、--requester、--base-url、--api-key；delete 需要 --yes；scan 列出供應商提供的模型。除非使用 get --include-secrets，否則從不輸出金鑰。4.0–4.6 伺服器沒有供應商：list 顯示由其模型推斷出的供應商，寫入操作以結束碼 8 結束。</translation>
    </message>
    <message>
        <source>Create a model of --type from --file (a JSON object; only the fields the server accepts are sent).</source>
        <translation>從 --file（一個 JSON 物件）建立 --type 類型的模型（只傳送伺服器接受的欄位）。</translation>
    </message>
    <message>
        <source>Update a model with the fields of --file (only the fields the server accepts are sent).</source>
        <translation>用 --file 中的欄位更新模型（只傳送伺服器接受的欄位）。</translation>
    </message>
    <message>
        <source>UUID...</source>
        <translation>UUID...</translation>
    </message>
    <message>
        <source>Delete models (needs --yes).</source>
        <translation>刪除模型（需要 --yes）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 物件：%2</translation>
    </message>
    <message>
        <source>Unknown providers action “%1”: use %2.</source>
        <translation>未知的 providers 操作「%1」：請使用 %2。</translation>
    </message>
    <message>
        <source>providers %1 needs one provider UUID or NAME.</source>
        <translation>providers %1 需要一個供應商的 UUID 或名稱。</translation>
    </message>
    <message>
        <source>providers %1 takes no more arguments.</source>
        <translation>providers %1 不接受更多參數。</translation>
    </message>
    <message>
        <source>providers delete needs --yes.</source>
        <translation>providers delete 需要 --yes。</translation>
    </message>
    <message>
        <source>--type takes llm, embedding, rerank or all.</source>
        <translation>--type 可取 llm、embedding、rerank 或 all。</translation>
    </message>
    <message>
        <source>providers %1 needs --file or --name, --requester, --base-url, --api-key.</source>
        <translation>providers %1 需要 --file 或 --name、--requester、--base-url、--api-key。</translation>
    </message>
    <message>
        <source>%1 needs exactly one UUID.</source>
        <translation>%1 需要恰好一個 UUID。</translation>
    </message>
    <message>
        <source>create takes no arguments; give the record with --file.</source>
        <translation>create 不接受參數；請用 --file 提供記錄。</translation>
    </message>
    <message>
        <source>delete needs model UUIDs and --yes.</source>
        <translation>delete 需要模型 UUID 和 --yes。</translation>
    </message>
    <message>
        <source>%1 needs --file FILE.</source>
        <translation>%1 需要 --file FILE。</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info 不接受參數。</translation>
    </message>
    <message>
        <source>This server (%1 %2) has no %3 models.</source>
        <translation>此伺服器（%1 %2）沒有 %3 模型。</translation>
    </message>
    <message>
        <source>Deleted %1 model “%2” (%3).</source>
        <translation>已刪除 %1 模型「%2」（%3）。</translation>
    </message>
    <message>
        <source>Created %1 model “%2” (%3).</source>
        <translation>已建立 %1 模型「%2」（%3）。</translation>
    </message>
    <message>
        <source>Updated %1 model “%2” (%3).</source>
        <translation>已更新 %1 模型「%2」（%3）。</translation>
    </message>
    <message>
        <source>No provider with the UUID or name “%1”.</source>
        <translation>沒有 UUID 或名稱為「%1」的供應商。</translation>
    </message>
    <message>
        <source>Several providers are called “%1”; name one by its UUID: %2</source>
        <translation>有多個供應商名為「%1」；請用 UUID 指定其一：%2</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>EMB</source>
        <translation>EMB</translation>
    </message>
    <message>
        <source>RERANK</source>
        <translation>RERANK</translation>
    </message>
    <message>
        <source>(implied by its models)</source>
        <translation>（由其模型推斷）</translation>
    </message>
    <message>
        <source>This server (%1) has no providers: each model carries its own requester, base URL and keys. Providers can be listed there (implied by the models), not written.</source>
        <translation>此伺服器（%1）沒有供應商：每個模型自帶請求器、基礎 URL 和金鑰。在此只能列出（由模型推斷的）供應商，不能寫入。</translation>
    </message>
    <message>
        <source>The server masked the keys: reading them needs the permission %1.</source>
        <translation>伺服器隱藏了金鑰：讀取它們需要權限 %1。</translation>
    </message>
    <message>
        <source>The server saved the provider “%1” (%2) before it failed. Remove it with: langbot-console providers delete %2 --yes</source>
        <translation>伺服器在失敗前已儲存供應商「%1」（%2）。可以這樣刪除它：langbot-console providers delete %2 --yes</translation>
    </message>
    <message>
        <source>Created provider “%1” (%2).</source>
        <translation>已建立供應商「%1」（%2）。</translation>
    </message>
    <message>
        <source>Nothing to change in provider “%1”.</source>
        <translation>供應商「%1」沒有需要變更的內容。</translation>
    </message>
    <message>
        <source>Updated provider “%1” (%2).</source>
        <translation>已更新供應商「%1」（%2）。</translation>
    </message>
    <message>
        <source>Provider “%1” is used by these models; delete them or move them to another provider first:
  %2</source>
        <translation>供應商「%1」正被以下模型使用；請先刪除它們或將它們移到其他供應商：
  %2</translation>
    </message>
    <message>
        <source>Deleted provider “%1” (%2).</source>
        <translation>已刪除供應商「%1」（%2）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ABILITIES</source>
        <translation>ABILITIES</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXT</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>ADDED</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>This server (%1) cannot scan a provider&apos;s models: that needs LangBot 4.9.7 or later.</source>
        <translation>此伺服器（%1）無法掃描供應商的模型：需要 LangBot 4.9.7 或更新版本。</translation>
    </message>
    <message>
        <source>Server:       %1</source>
        <translation>伺服器：     %1</translation>
    </message>
    <message>
        <source>Version:      %1</source>
        <translation>版本：       %1</translation>
    </message>
    <message>
        <source>Generation:   %1</source>
        <translation>API 世代：   %1</translation>
    </message>
    <message>
        <source>Role:         %1</source>
        <translation>角色：       %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Permissions:  %1</source>
        <translation>權限：       %1</translation>
    </message>
    <message>
        <source>all, assumed (%1)</source>
        <translation>全部，視為允許（%1）</translation>
    </message>
    <message>
        <source>A 4.0–4.6 server has no providers: these are implied by the models (read-only).</source>
        <translation>4.0–4.6 伺服器沒有供應商：這些是由模型推斷出的（唯讀）。</translation>
    </message>
    <message>
        <source>--type takes llm, embedding or rerank.</source>
        <translation>--type 可取 llm、embedding 或 rerank。</translation>
    </message>
    <message>
        <source>reuse</source>
        <translation>重複使用</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>供應商 %1</translation>
    </message>
    <message>
        <source>permission denied (HTTP 403, or known before sending; the message names the missing permission)</source>
        <translation>權限不足（HTTP 403，或傳送前已知；訊息會寫出缺少的權限）</translation>
    </message>
    <message>
        <source>incompatible server: not a LangBot API (route absent, not JSON), or an action that server&apos;s generation does not have (providers on 4.0–4.6)</source>
        <translation>不相容的伺服器：不是 LangBot API（路由不存在、不是 JSON），或該伺服器版本沒有的操作（4.0–4.6 上的供應商）</translation>
    </message>
    <message>
        <source>server error (HTTP 5xx; the message ends with the request id)</source>
        <translation>伺服器錯誤（HTTP 5xx；訊息結尾附有請求 ID）</translation>
    </message>
    <message>
        <source>Only the models nothing uses.</source>
        <translation>僅顯示未被使用的模型。</translation>
    </message>
    <message>
        <source>[UUID|NAME...]</source>
        <translation>[UUID|名稱...]</translation>
    </message>
    <message>
        <source>Where the models are used (LangBot 4.7+): the pipelines that use each model as primary, fallback or rerank model or through a knowledge base&apos;s embedding model, and the bots that run them. --unused lists the models nothing uses. Lists the server refuses are named on standard error.</source>
        <translation>模型的使用位置（LangBot 4.7+）：將每個模型用作主模型、備用模型、重排序模型或經由知識庫嵌入模型使用的流水線，以及執行它們的機器人。--unused 列出未被使用的模型。伺服器拒絕的清單會在標準錯誤中列出。</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>; bots: %1</source>
        <translation>；機器人：%1</translation>
    </message>
    <message>
        <source>No model called “%1”.</source>
        <translation>沒有名為「%1」的模型。</translation>
    </message>
    <message>
        <source>The server saved the %1 model “%2” (%3) before it failed. Remove it with: langbot-console delete %3 --type %1 --yes</source>
        <translation>伺服器在失敗前已儲存 %1 模型「%2」（%3）。可以這樣刪除它：langbot-console delete %3 --type %1 --yes</translation>
    </message>
    <message>
        <source>No provider with the UUID “%1” on this server: the model was not created.</source>
        <translation>此伺服器上沒有 UUID 為「%1」的供應商：模型未建立。</translation>
    </message>
    <message>
        <source>no use found (some lists could not be read)</source>
        <translation>未發現使用（部分清單無法讀取）</translation>
    </message>
    <message>
        <source>conflict or precondition: the server rejected the input (HTTP 400, 409, 412), or a delete would break pipelines or bots (without --force)</source>
        <translation>衝突或前提條件不符：伺服器拒絕了輸入（HTTP 400、409、412），或刪除會破壞流水線或機器人（未加 --force）</translation>
    </message>
    <message>
        <source>Delete models that pipelines or knowledge bases use, too (what breaks is still named).</source>
        <translation>也刪除流水線或知識庫正在使用的模型（仍會列出受影響的內容）。</translation>
    </message>
    <message>
        <source>Would break: %1</source>
        <translation>將會破壞：%1</translation>
    </message>
    <message>
        <source>Where the models are used could not be fully checked: %1</source>
        <translation>無法完整檢查模型的使用位置：%1</translation>
    </message>
    <message>
        <source>Nothing deleted: pipelines or knowledge bases use these models (above). Run again with --force to delete them anyway.</source>
        <translation>未刪除任何內容：流水線或知識庫正在使用這些模型（見上）。如仍要刪除，請加 --force 重新執行。</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>顯示計畫；不做任何修改。</translation>
    </message>
    <message>
        <source>Apply the plan.</source>
        <translation>套用計畫。</translation>
    </message>
    <message>
        <source>OLD NEW</source>
        <translation>OLD NEW</translation>
    </message>
    <message>
        <source>Replace the model OLD by NEW (each a UUID or a name) everywhere pipelines name it (LangBot 4.7+): prints the plan (each pipeline and field, the bots that will notice, the knowledge bases to recreate), then with --yes rewrites each pipeline from a fresh read. Exit code 1 when any pipeline failed or was skipped. The old model is not deleted.</source>
        <translation>在管線引用模型 OLD 的所有位置將其替換為 NEW（各為 UUID 或名稱；LangBot 4.7+）：先列出計畫（每個管線和欄位、會受影響的機器人、需重新建立的知識庫），使用 --yes 時從最新讀取的內容改寫每個管線。任何管線失敗或被略過時結束代碼為 1。舊模型不會被刪除。</translation>
    </message>
    <message>
        <source>replace needs the OLD and the NEW model (UUID or name).</source>
        <translation>replace 需要舊模型和新模型（UUID 或名稱）。</translation>
    </message>
    <message numerus="yes">
        <source>%n models are called “%1”: name it by its UUID.</source>
        <translation>
            <numerusform>有 %n 個模型名為「%1」：請使用其 UUID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace “%1” (%2) by “%3” (%4):</source>
        <translation>將「%1」（%2）替換為「%3」（%4）：</translation>
    </message>
    <message>
        <source>  No pipeline names “%1”: nothing to change.</source>
        <translation>  沒有管線引用「%1」：無需修改。</translation>
    </message>
    <message>
        <source>  pipeline “%1” (%2)</source>
        <translation>  管線「%1」（%2）</translation>
    </message>
    <message>
        <source>    no bot runs it</source>
        <translation>    沒有機器人執行它</translation>
    </message>
    <message>
        <source>    bots that will notice: %1</source>
        <translation>    會受影響的機器人：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation>（請求 ID %1）</translation>
    </message>
    <message>
        <source>No pipeline names “%1” any more: it can be deleted with: langbot-console delete %2 --yes</source>
        <translation>已沒有管線引用「%1」：可以用以下命令刪除它：langbot-console delete %2 --yes</translation>
    </message>
    <message>
        <source>The plan needs the pipelines, bots and knowledge bases: %1</source>
        <translation>產生計畫需要讀取管線、機器人和知識庫：%1</translation>
    </message>
    <message>
        <source>Nothing changed: check the plan above, then run again with --yes to apply it.</source>
        <translation>未做任何修改：請檢查上面的計畫，然後加上 --yes 再次執行以套用它。</translation>
    </message>
</context>
<context>
    <name>lb::cli::Connector</name>
    <message>
        <source>command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <source>--url: “%1” is not an http(s) URL with a host.</source>
        <translation>--url：「%1」不是含有主機的 http(s) URL。</translation>
    </message>
    <message>
        <source>--url needs the API key in the environment variable LANGBOT_API_KEY.</source>
        <translation>--url 需要在環境變數 LANGBOT_API_KEY 中提供 API 金鑰。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>Say which server: --profile NAME (profiles: %1) or --url URL.</source>
        <translation>請指定伺服器：--profile NAME（設定檔：%1）或 --url URL。</translation>
    </message>
    <message>
        <source>No profile called “%1” (profiles: %2).</source>
        <translation>沒有名為「%1」的設定檔（設定檔：%2）。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Profile “%1” has no usable %2: %3
Store it in the console (Server → Manage Profiles…), or use --url with LANGBOT_API_KEY.</source>
        <translation>設定檔「%1」沒有可用的%2：%3
請在主控台中儲存（伺服器 → 管理設定檔…），或使用 --url 搭配 LANGBOT_API_KEY。</translation>
    </message>
</context>
<context>
    <name>lb::gui::AbilitiesEditor</name>
    <message>
        <source>Vision (reads images)</source>
        <translation>視覺（讀取圖片）</translation>
    </message>
    <message>
        <source>Function calling (uses tools)</source>
        <translation>函式呼叫（使用工具）</translation>
    </message>
    <message>
        <source>The ability “%1”</source>
        <translation>能力「%1」</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>其他(&amp;O)：</translation>
    </message>
    <message>
        <source>More abilities, separated by commas</source>
        <translation>其他能力，以逗號分隔</translation>
    </message>
    <message>
        <source>Abilities this console has no check box for; they are kept as typed</source>
        <translation>此主控台沒有對應核取方塊的能力；將依輸入內容保留</translation>
    </message>
    <message>
        <source>Reasoning (thinks before answering)</source>
        <translation>推理（回答前先思考）</translation>
    </message>
</context>
<context>
    <name>lb::gui::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>About LangBot Console</source>
        <translation>關於 LangBot Console</translation>
    </message>
    <message>
        <source>LangBot Console</source>
        <translation>LangBot Console</translation>
    </message>
    <message>
        <source>LangBot Console %1</source>
        <translation>LangBot Console %1</translation>
    </message>
    <message>
        <source>A desktop console for the LLM models of LangBot servers: list, test, create, edit, export and import the models of a server.</source>
        <translation>用於管理 LangBot 伺服器 LLM 模型的桌面主控台：可列出、測試、建立、編輯、匯出及匯入伺服器的模型。</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（以 %2 建置）</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain：</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>系統：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>server name (URL)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <source>LangBot:</source>
        <translation>LangBot：</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>複製版本資訊(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these versions as plain text, e.g. for a bug report</source>
        <translation>以純文字複製這些版本資訊，例如用於錯誤回報</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>lb::gui::ApiKeysEditor</name>
    <message>
        <source>No keys. Providers on your own machine (such as Ollama) need none.</source>
        <translation>沒有金鑰。在您自己電腦上執行的供應商（例如 Ollama）不需要金鑰。</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>新增金鑰</translation>
    </message>
    <message>
        <source>Add an API key (several keys are used in turn)</source>
        <translation>新增 API 金鑰（多個金鑰會輪流使用）</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>顯示金鑰</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>移除金鑰</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>隱藏金鑰</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API 金鑰 %1</translation>
    </message>
    <message>
        <source>API key %1 is empty: type the key or remove the line.</source>
        <translation>API 金鑰 %1 為空：請輸入金鑰或移除此行。</translation>
    </message>
    <message>
        <source>API key %1 starts or ends with a space.</source>
        <translation>API 金鑰 %1 的開頭或結尾有空格。</translation>
    </message>
</context>
<context>
    <name>lb::gui::AppController</name>
    <message>
        <source>password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Could not switch servers.</source>
        <translation>無法切換伺服器。</translation>
    </message>
    <message>
        <source>There is no connection given with --url.</source>
        <translation>沒有透過 --url 指定的連線。</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>沒有 ID 為 %1 的設定檔。</translation>
    </message>
    <message>
        <source>Could not start the demo server: %1</source>
        <translation>無法啟動示範伺服器：%1</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>The %1 could not be stored in the keychain.</source>
        <translation>無法將%1儲存至鑰匙圈。</translation>
    </message>
    <message>
        <source>It is kept in memory until the console quits.</source>
        <translation>將保留在記憶體中，直到主控台結束。</translation>
    </message>
    <message>
        <source>Not connected to “%1”.</source>
        <translation>未連線至「%1」。</translation>
    </message>
    <message>
        <source>Could not connect to “%1”.</source>
        <translation>無法連線至「%1」。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the %1 of “%2” from the keychain…</source>
        <translation>正在從鑰匙圈讀取「%2」的%1…</translation>
    </message>
    <message>
        <source>Logging in to “%1” as %2…</source>
        <translation>正在以 %2 身分登入「%1」…</translation>
    </message>
    <message>
        <source>Waiting for the %1 of “%2”…</source>
        <translation>正在等待「%2」的%1…</translation>
    </message>
    <message>
        <source>The models of “%1” are not shown without its %2.</source>
        <translation>沒有%2就無法顯示「%1」的模型。</translation>
    </message>
    <message>
        <source>No %1 given for “%2”.</source>
        <translation>未提供「%2」的%1。</translation>
    </message>
    <message>
        <source>Log &amp;In…</source>
        <translation>登入(&amp;I)…</translation>
    </message>
    <message>
        <source>Enter API &amp;Key…</source>
        <translation>輸入 API 金鑰(&amp;K)…</translation>
    </message>
    <message>
        <source>The server refused the API key: %1</source>
        <translation>伺服器拒絕了 API 金鑰：%1</translation>
    </message>
    <message>
        <source>The server refused the API key of “%1”.</source>
        <translation>伺服器拒絕了「%1」的 API 金鑰。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>示範伺服器</translation>
    </message>
    <message>
        <source>The built-in demo server, with sample models</source>
        <translation>內建的示範伺服器，含範例模型</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未儲存）</translation>
    </message>
    <message>
        <source>You are looking at the built-in demo server.</source>
        <translation>您正在檢視內建的示範伺服器。</translation>
    </message>
    <message>
        <source>Add your LangBot server to manage its models.</source>
        <translation>新增您的 LangBot 伺服器以管理其模型。</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>新增伺服器(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>lb::gui::BooleanFieldEditor</name>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
</context>
<context>
    <name>lb::gui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>不受信任的憑證</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指紋：</translation>
    </message>
    <message>
        <source>Trust it only if the server&apos;s administrator confirmed this fingerprint. It will be trusted for the profile “%1” only; certificates are verified as usual everywhere else.</source>
        <translation>只有在伺服器管理員確認過此指紋時才信任它。此憑證僅對設定檔「%1」受信任；其他地方仍會照常驗證憑證。</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile only</source>
        <translation>僅對此設定檔信任此憑證(&amp;T)</translation>
    </message>
</context>
<context>
    <name>lb::gui::ChangeReviewDialog</name>
    <message>
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation>%1 — 雙方皆有變更</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>沒有差異</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>將傳送的內容</translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation>返回編輯</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>The Model Changed on the Server</source>
        <translation>模型已在伺服器上變更</translation>
    </message>
    <message>
        <source>Their changes (on the server now)</source>
        <translation>對方的變更（目前在伺服器上）</translation>
    </message>
    <message>
        <source>Your changes (not saved yet)</source>
        <translation>您的變更（尚未儲存）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re-edit on Their Version</source>
        <translation>以對方的版本重新編輯</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>以我的版本覆寫</translation>
    </message>
</context>
<context>
    <name>lb::gui::EnvironmentStrip</name>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
</context>
<context>
    <name>lb::gui::ExportDialog</name>
    <message>
        <source>Export Models</source>
        <translation>匯出模型</translation>
    </message>
    <message>
        <source>Export the model configurations of “%1”.</source>
        <translation>匯出「%1」的模型設定。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Model export (*.json);;All files (*)</source>
        <translation>模型匯出檔 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Include API Keys?</source>
        <translation>要包含 API 金鑰嗎？</translation>
    </message>
    <message>
        <source>The export will contain the API keys of every model of “%1” in plain text.</source>
        <translation>匯出檔將以純文字包含「%1」所有模型的 API 金鑰。</translation>
    </message>
    <message>
        <source>&amp;Include Keys</source>
        <translation>包含金鑰(&amp;I)</translation>
    </message>
    <message>
        <source>Anyone who can read the file can use the keys. Export without keys unless you need them, e.g. to move a server.</source>
        <translation>任何能讀取此檔案的人都能使用這些金鑰。除非有需要（例如搬移伺服器），否則請匯出不含金鑰的檔案。</translation>
    </message>
    <message>
        <source>&amp;Export with Keys</source>
        <translation>匯出並包含金鑰(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>選擇要匯出的檔案。</translation>
    </message>
    <message>
        <source>There is no connection to a server.</source>
        <translation>未連線至任何伺服器。</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>「%1」是資料夾；請選擇檔案名稱。</translation>
    </message>
    <message>
        <source>Reading the models of “%1”…</source>
        <translation>正在讀取「%1」的模型…</translation>
    </message>
    <message>
        <source>Could not read the models: %1</source>
        <translation>無法讀取模型：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Exported 1 model to %1.</source>
        <translation>已將 1 個模型匯出至 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n models to %1.</source>
        <translation>
            <numerusform>已將 %n 個模型匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds API keys in plain text: keep it safe and delete it when done.</source>
        <translation>檔案以純文字保存 API 金鑰：請妥善保管，並在用完後刪除。</translation>
    </message>
    <message>
        <source>API keys were left out.</source>
        <translation>未包含 API 金鑰。</translation>
    </message>
    <message>
        <source>providers: %1</source>
        <translation>供應商: %1</translation>
    </message>
    <message>
        <source>LLM models: %1</source>
        <translation>LLM 模型: %1</translation>
    </message>
    <message>
        <source>embedding models: %1</source>
        <translation>嵌入模型: %1</translation>
    </message>
    <message>
        <source>rerank models: %1</source>
        <translation>重新排序模型: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (format version 2).</source>
        <translation>已將 %1 匯出至 %2（格式版本 2）。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ExtraArgsEditor</name>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>None. Arguments added here are sent to the provider with every request (e.g. temperature).</source>
        <translation>無。在此新增的引數會隨每個請求傳送給供應商（例如 temperature）。</translation>
    </message>
    <message>
        <source>Add Argument</source>
        <translation>新增引數</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>布林值</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Remove the argument</source>
        <translation>移除此引數</translation>
    </message>
    <message>
        <source>e.g. 0.7</source>
        <translation>例如 0.7</translation>
    </message>
    <message>
        <source>e.g. {&quot;a&quot;: 1} or [1, 2]</source>
        <translation>例如 {&quot;a&quot;: 1} 或 [1, 2]</translation>
    </message>
    <message>
        <source>Key of argument %1</source>
        <translation>引數 %1 的鍵</translation>
    </message>
    <message>
        <source>Type of argument %1</source>
        <translation>引數 %1 的類型</translation>
    </message>
    <message>
        <source>Value of argument %1</source>
        <translation>引數 %1 的值</translation>
    </message>
    <message>
        <source>Remove argument %1</source>
        <translation>移除引數 %1</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>引數 %1</translation>
    </message>
    <message>
        <source>Extra argument %1 has no key.</source>
        <translation>額外引數 %1 沒有鍵。</translation>
    </message>
    <message>
        <source>The value of %1 must be a number, such as 0.7.</source>
        <translation>%1 的值必須是數字，例如 0.7。</translation>
    </message>
    <message>
        <source>The value of %1 is not valid JSON: %2.</source>
        <translation>%1 的值不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>The key “%1” is given twice.</source>
        <translation>鍵「%1」重複出現。</translation>
    </message>
    <message>
        <source>Left empty, the server keeps the value it has; type to replace it</source>
        <translation>留空則伺服器保留既有的值；輸入內容可取代它</translation>
    </message>
    <message>
        <source>hidden by the server (no secret permission)</source>
        <translation>已被伺服器隱藏（無金鑰權限）</translation>
    </message>
</context>
<context>
    <name>lb::gui::FieldEditor</name>
    <message>
        <source>This console does not know the type “%1”: the value is edited as JSON and sent as typed.</source>
        <translation>此主控台不認得類型「%1」：此值將以 JSON 編輯，並依輸入內容傳送。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
</context>
<context>
    <name>lb::gui::FilterChipBar</name>
    <message>
        <source>1 model</source>
        <translation>1 個模型</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 個模型</translation>
    </message>
    <message>
        <source>Abilities:</source>
        <translation>能力：</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選條件</translation>
    </message>
    <message>
        <source>Show the models whose last test passed</source>
        <translation>顯示上次測試通過的模型</translation>
    </message>
    <message>
        <source>Show the models whose last test failed</source>
        <translation>顯示上次測試失敗的模型</translation>
    </message>
    <message>
        <source>Show the models not tested yet</source>
        <translation>顯示尚未測試的模型</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>再次顯示所有模型</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>上次測試：</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>視覺</translation>
    </message>
    <message>
        <source>Function calling</source>
        <translation>函式呼叫</translation>
    </message>
    <message>
        <source>Show only the models with the ability “%1”</source>
        <translation>僅顯示具有「%1」能力的模型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>✓ Passed (%1)</source>
        <translation>✓ 通過（%1）</translation>
    </message>
    <message>
        <source>Passed, %1</source>
        <translation>通過，%1</translation>
    </message>
    <message>
        <source>✗ Failed (%1)</source>
        <translation>✗ 失敗（%1）</translation>
    </message>
    <message>
        <source>Failed, %1</source>
        <translation>失敗，%1</translation>
    </message>
    <message>
        <source>Never tested (%1)</source>
        <translation>從未測試（%1）</translation>
    </message>
    <message>
        <source>Never tested, %1</source>
        <translation>從未測試，%1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Show only the %1 models</source>
        <translation>僅顯示 %1 模型</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Unused (%1)</source>
        <translation>未使用 (%1)</translation>
    </message>
    <message>
        <source>Unused (—)</source>
        <translation>未使用 (—)</translation>
    </message>
    <message>
        <source>Unused, %1</source>
        <translation>未使用，%1</translation>
    </message>
    <message>
        <source>Unused, not known</source>
        <translation>未使用，未知</translation>
    </message>
    <message>
        <source>Show only the models no pipeline or knowledge base uses</source>
        <translation>僅顯示沒有流水線或知識庫使用的模型</translation>
    </message>
    <message>
        <source>Which models are unused is not known: %1</source>
        <translation>無法得知哪些模型未被使用：%1</translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportDialog</name>
    <message>
        <source>What the new model gets:</source>
        <translation>新模型將取得：</translation>
    </message>
    <message>
        <source>The update changes nothing.</source>
        <translation>此更新不會變更任何內容。</translation>
    </message>
    <message>
        <source>What the update changes on the server&apos;s model:</source>
        <translation>此更新將變更伺服器模型的以下內容：</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>不傳送。</translation>
    </message>
    <message>
        <source>Not sent. The server&apos;s model is identical.</source>
        <translation>不傳送。伺服器模型與其相同。</translation>
    </message>
    <message>
        <source>Not sent. An update would change:</source>
        <translation>不傳送。若更新將變更：</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>儲存報告(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>“%1” is not a valid export document. Nothing was sent.</source>
        <translation>「%1」不是有效的匯出文件。未傳送任何內容。</translation>
    </message>
    <message>
        <source>There is no connection to a server.</source>
        <translation>未連線至任何伺服器。</translation>
    </message>
    <message>
        <source>Could not read the models of “%1”. Nothing was sent.</source>
        <translation>無法讀取「%1」的模型。未傳送任何內容。</translation>
    </message>
    <message>
        <source>Reading the models of “%1” to compare…</source>
        <translation>正在讀取「%1」的模型以進行比較…</translation>
    </message>
    <message>
        <source>The file comes from this server: each model is matched by its uuid, then by its name. A match that differs is updated; one without a match is created.</source>
        <translation>此檔案來自這台伺服器：每個模型會先依 uuid、再依名稱比對。比對到但內容不同的模型會更新；沒有比對到的模型會建立。</translation>
    </message>
    <message>
        <source>The file does not say which server it comes from: each model is matched by its exact name. A match that differs is updated; one without a match is created.</source>
        <translation>此檔案未註明來自哪台伺服器：每個模型會依完全相同的名稱比對。比對到但內容不同的模型會更新；沒有比對到的模型會建立。</translation>
    </message>
    <message>
        <source>The file comes from another server (%1): each model is matched by its exact name. A match that differs is updated; one without a match is created.</source>
        <translation>此檔案來自另一台伺服器（%1）：每個模型會依完全相同的名稱比對。比對到但內容不同的模型會更新；沒有比對到的模型會建立。</translation>
    </message>
    <message>
        <source>Import models into “%1” (production)</source>
        <translation>將模型匯入「%1」（正式環境）</translation>
    </message>
    <message>
        <source>Import models into “%1”</source>
        <translation>將模型匯入「%1」</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>匯出於 %1</translation>
    </message>
    <message>
        <source>from “%1”</source>
        <translation>來自「%1」</translation>
    </message>
    <message>
        <source>LangBot %1</source>
        <translation>LangBot %1</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 個模型</translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n 個模型</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys included</source>
        <translation>包含 API 金鑰</translation>
    </message>
    <message>
        <source>API keys not included</source>
        <translation>不含 API 金鑰</translation>
    </message>
    <message>
        <source>Reading the models of “%1”…</source>
        <translation>正在讀取「%1」的模型…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the model being sent</source>
        <translation>傳送完目前的模型後停止</translation>
    </message>
    <message>
        <source>&amp;Import 1 Model</source>
        <translation>匯入 1 個模型(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Models</source>
        <translation>
            <numerusform>匯入 %n 個模型(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no models.</source>
        <translation>檔案中沒有任何模型。</translation>
    </message>
    <message>
        <source>overwriting models of a production server asks you to type its name</source>
        <translation>覆寫正式環境伺服器的模型時，需要輸入其名稱</translation>
    </message>
    <message>
        <source>Select a model to see its changes.</source>
        <translation>選擇模型以檢視其變更。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2). Changed by you.</source>
        <translation>建議：%1（%2）。已由您變更。</translation>
    </message>
    <message>
        <source>(choose one to update)</source>
        <translation>（請選擇要更新的模型）</translation>
    </message>
    <message>
        <source>%1 — %2 [%3]</source>
        <translation>%1 — %2 [%3]</translation>
    </message>
    <message>
        <source>The key you entered is sent.</source>
        <translation>將傳送您輸入的金鑰。</translation>
    </message>
    <message numerus="yes">
        <source>The %n keys you entered are sent.</source>
        <translation>
            <numerusform>將傳送您輸入的 %n 個金鑰。</numerusform>
        </translation>
    </message>
    <message>
        <source>None: the file says the model has no keys.</source>
        <translation>無：檔案註明此模型沒有金鑰。</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s keys are sent (%n).</source>
        <translation>
            <numerusform>將傳送檔案中的金鑰（%n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s keys are kept: the file has none.</source>
        <translation>保留伺服器上的金鑰：檔案中沒有金鑰。</translation>
    </message>
    <message>
        <source>None sent: the file has none.</source>
        <translation>不傳送：檔案中沒有金鑰。</translation>
    </message>
    <message>
        <source>Needed: the file has none. You are asked before the import; without keys the model is created without any.</source>
        <translation>需要：檔案中沒有金鑰。匯入前會詢問您；若不提供金鑰，建立的模型將沒有任何金鑰。</translation>
    </message>
    <message>
        <source>None needed.</source>
        <translation>不需要。</translation>
    </message>
    <message>
        <source>not set on the server</source>
        <translation>伺服器上未設定</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>No differences from the server&apos;s model.</source>
        <translation>與伺服器模型沒有差異。</translation>
    </message>
    <message>
        <source>No fields.</source>
        <translation>沒有欄位。</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>結果：%1。</translation>
    </message>
    <message>
        <source>Result: %1 — %2</source>
        <translation>結果：%1 — %2</translation>
    </message>
    <message>
        <source>Not imported yet: the import waits for your answer about the keys.</source>
        <translation>尚未匯入：匯入正在等待您對金鑰的回覆。</translation>
    </message>
    <message>
        <source>Overwrite Models on a Production Server</source>
        <translation>覆寫正式環境伺服器上的模型</translation>
    </message>
    <message>
        <source>“%1” is a production profile. This import overwrites 1 model there. Type the profile&apos;s name to continue.</source>
        <translation>「%1」是正式環境設定檔。此次匯入將覆寫其中 1 個模型。請輸入設定檔名稱以繼續。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile. This import overwrites %n models there. Type the profile&apos;s name to continue.</source>
        <translation>
            <numerusform>「%1」是正式環境設定檔。此次匯入將覆寫其中 %n 個模型。請輸入設定檔名稱以繼續。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆寫(&amp;O)</translation>
    </message>
    <message>
        <source>Not imported: the profile&apos;s name was not confirmed.</source>
        <translation>未匯入：未確認設定檔名稱。</translation>
    </message>
    <message>
        <source>There is no connection to the server any more.</source>
        <translation>已不再連線至伺服器。</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>正在傳送「%1」…</translation>
    </message>
    <message>
        <source>Stopping after the model being sent…</source>
        <translation>傳送完目前的模型後將停止…</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 skipped, %4 failed.</source>
        <translation>完成：已建立 %1 個、已更新 %2 個、已略過 %3 個、失敗 %4 個。</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>已停止。%1</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>尚無報告。</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>報告已儲存至 %1。</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>無法儲存報告：%1</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>儲存匯入報告</translation>
    </message>
    <message>
        <source>JSON report (*.json);;Text report (*.txt)</source>
        <translation>JSON 報告 (*.json);;文字報告 (*.txt)</translation>
    </message>
    <message>
        <source>&amp;Delete Leftovers</source>
        <translation>刪除殘留項目(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the providers and models a failed create left on the server</source>
        <translation>刪除建立失敗後留在伺服器上的供應商與模型</translation>
    </message>
    <message>
        <source>format version 2: %1</source>
        <translation>格式版本 2：%1</translation>
    </message>
    <message>
        <source>The server kept what a failed create saved: %1. Delete it with Delete Leftovers before importing again.</source>
        <translation>伺服器保留了建立失敗時已儲存的內容：%1。再次匯入前請用「刪除殘留項目」將其刪除。</translation>
    </message>
    <message>
        <source>provider “%1” (%2)</source>
        <translation>供應商「%1」(%2)</translation>
    </message>
    <message>
        <source>%1 model “%2” (%3)</source>
        <translation>%1 模型「%2」(%3)</translation>
    </message>
    <message>
        <source>Deleted what the failed creates left behind: %1.</source>
        <translation>已刪除建立失敗留下的內容：%1。</translation>
    </message>
    <message>
        <source>The keys of its provider “%1”.</source>
        <translation>其供應商「%1」的金鑰。</translation>
    </message>
    <message>
        <source>The keys of its provider.</source>
        <translation>其供應商的金鑰。</translation>
    </message>
    <message>
        <source>Provider %1 — %2</source>
        <translation>供應商 %1 — %2</translation>
    </message>
    <message>
        <source>The server&apos;s provider keeps its keys.</source>
        <translation>伺服器上的供應商保留其金鑰。</translation>
    </message>
    <message>
        <source>None: the file has no keys. The provider is created without keys; add them to it on the server before its models are used.</source>
        <translation>無：檔案中沒有金鑰。供應商將在沒有金鑰的情況下建立；在使用其模型之前，請在伺服器上為其新增金鑰。</translation>
    </message>
    <message>
        <source>None: the file says the provider has no keys.</source>
        <translation>無：檔案表明該供應商沒有金鑰。</translation>
    </message>
    <message>
        <source>What the new provider gets:</source>
        <translation>新供應商將取得：</translation>
    </message>
    <message>
        <source>Reused as it is on the server.</source>
        <translation>依伺服器上的現狀重複使用。</translation>
    </message>
    <message>
        <source>Providers: %1 to create, %2 to reuse. Models: %3</source>
        <translation>供應商：%1 個待建立，%2 個重複使用。模型：%3</translation>
    </message>
    <message>
        <source>Deleting what the failed creates left behind: %1…</source>
        <translation>正在刪除建立失敗留下的內容：%1…</translation>
    </message>
    <message>
        <source>Could not delete everything the failed creates left behind: %1</source>
        <translation>未能刪除建立失敗留下的全部內容：%1</translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportPreviewModel</name>
    <message>
        <source>Action for %1</source>
        <translation>%1 的動作</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>name (ambiguous)</source>
        <translation>名稱（不明確）</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已選擇</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>無相符項目</translation>
    </message>
    <message>
        <source>new, 1 field</source>
        <translation>新增，1 個欄位</translation>
    </message>
    <message numerus="yes">
        <source>new, %n fields</source>
        <translation>
            <numerusform>新增，%n 個欄位</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 項變更</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n 項變更</numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation>1 項差異</translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n 項差異</numerusform>
        </translation>
    </message>
    <message>
        <source>none (entered)</source>
        <translation>無（已輸入）</translation>
    </message>
    <message numerus="yes">
        <source>%n entered</source>
        <translation>
            <numerusform>已輸入 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message numerus="yes">
        <source>%n from the file</source>
        <translation>
            <numerusform>%n 個來自檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>server&apos;s kept</source>
        <translation>保留伺服器的</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>%1 — requester %2</source>
        <translation>%1 — 請求器 %2</translation>
    </message>
    <message>
        <source>uuid in the file: %1</source>
        <translation>檔案中的 uuid：%1</translation>
    </message>
    <message>
        <source>Proposed: %1 (changed by you)</source>
        <translation>建議：%1（已由您變更）</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change</source>
        <translation>按兩下或按 F2 以變更</translation>
    </message>
    <message>
        <source>Server model: %1 [%2]</source>
        <translation>伺服器模型：%1 [%2]</translation>
    </message>
    <message>
        <source>The file has no API keys for this model. You are asked for them before the import; without keys it is created without any.</source>
        <translation>檔案中沒有此模型的 API 金鑰。匯入前會向您詢問；若不提供金鑰，建立的模型將沒有任何金鑰。</translation>
    </message>
    <message>
        <source>The file has no API keys: the update keeps the server&apos;s keys.</source>
        <translation>檔案中沒有 API 金鑰：更新時將保留伺服器上的金鑰。</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>比對依據</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>its provider&apos;s</source>
        <translation>其供應商的</translation>
    </message>
    <message>
        <source>Create provider</source>
        <translation>建立供應商</translation>
    </message>
    <message>
        <source>Reuse provider</source>
        <translation>重複使用供應商</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>伺服器的</translation>
    </message>
    <message>
        <source>none: add later</source>
        <translation>無：稍後新增</translation>
    </message>
    <message>
        <source>Provider %1 — requester %2, base URL %3</source>
        <translation>供應商 %1 — 請求器 %2，基礎 URL %3</translation>
    </message>
    <message>
        <source>same setup</source>
        <translation>相同設定</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
</context>
<context>
    <name>lb::gui::JsonFieldEditor</name>
    <message>
        <source>JSON, e.g. &quot;text&quot;, 3, true, [1, 2]</source>
        <translation>JSON，例如 &quot;text&quot;、3、true、[1, 2]</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation>檢查 JSON 並加上縮排</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 不是有效的 JSON：%2。</translation>
    </message>
</context>
<context>
    <name>lb::gui::KeysPromptDialog</name>
    <message>
        <source>The file carries no API keys for the model this import creates.</source>
        <translation>檔案中沒有此次匯入所建立模型的 API 金鑰。</translation>
    </message>
    <message numerus="yes">
        <source>The file carries no API keys for %n models this import creates.</source>
        <translation>
            <numerusform>檔案中沒有此次匯入所建立的 %n 個模型的 API 金鑰。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key on the source server</source>
        <translation>來源伺服器上有 1 個金鑰</translation>
    </message>
    <message numerus="yes">
        <source>%n keys on the source server</source>
        <translation>
            <numerusform>來源伺服器上有 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>leave empty to create without keys</source>
        <translation>留空則建立不含金鑰的模型</translation>
    </message>
    <message>
        <source>API keys for “%1” (%2)</source>
        <translation>「%1」的 API 金鑰（%2）</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation>顯示金鑰</translation>
    </message>
    <message>
        <source>Hide the keys</source>
        <translation>隱藏金鑰</translation>
    </message>
    <message>
        <source>Back to the Preview</source>
        <translation>返回預覽</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue (%n without keys)</source>
        <translation>
            <numerusform>繼續（%n 個沒有金鑰）(&amp;C)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::LineFieldEditor</name>
    <message>
        <source>https://api.example.com/v1</source>
        <translation>https://api.example.com/v1</translation>
    </message>
</context>
<context>
    <name>lb::gui::MainWindow</name>
    <message>
        <source>%1, %2</source>
        <comment>time, date</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>管理設定檔(&amp;M)…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Add, edit or remove the LangBot servers this console knows</source>
        <translation>新增、編輯或移除此主控台已知的 LangBot 伺服器</translation>
    </message>
    <message>
        <source>Manage the server profiles (Ctrl+Shift+P)</source>
        <translation>管理伺服器設定檔 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Settings of the console, such as how many tests run at once</source>
        <translation>主控台的設定，例如同時執行的測試數量</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the list of models from the server</source>
        <translation>從伺服器重新載入模型清單</translation>
    </message>
    <message>
        <source>Reload the models (F5)</source>
        <translation>重新載入模型 (F5)</translation>
    </message>
    <message>
        <source>&amp;Test Selected</source>
        <translation>測試所選項目(&amp;T)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Test the selected models (Ctrl+T)</source>
        <translation>測試所選的模型 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ask the server to send a short request to each selected model</source>
        <translation>要求伺服器向每個所選模型傳送一個簡短請求</translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation>全部測試(&amp;A)</translation>
    </message>
    <message>
        <source>Test every model the table shows (Ctrl+Shift+T)</source>
        <translation>測試表格中顯示的所有模型 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Test every model the table shows, a few at a time (see Preferences)</source>
        <translation>測試表格中顯示的所有模型，每次測試數個（請參閱偏好設定）</translation>
    </message>
    <message>
        <source>Re-test &amp;Failed</source>
        <translation>重新測試失敗項目(&amp;F)</translation>
    </message>
    <message>
        <source>Test again the models that failed in the last run (Ctrl+Shift+F)</source>
        <translation>重新測試上次執行中失敗的模型 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Test again the models that failed in the last run</source>
        <translation>重新測試上次執行中失敗的模型</translation>
    </message>
    <message>
        <source>&amp;Cancel Tests</source>
        <translation>取消測試(&amp;C)</translation>
    </message>
    <message>
        <source>Drop the waiting tests and abort the running ones</source>
        <translation>捨棄等待中的測試並中止執行中的測試</translation>
    </message>
    <message>
        <source>Cancel the tests (Esc)</source>
        <translation>取消測試 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected models (Del)</source>
        <translation>刪除所選的模型 (Del)</translation>
    </message>
    <message>
        <source>Delete the selected models from the server</source>
        <translation>從伺服器刪除所選的模型</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>複製名稱(&amp;N)</translation>
    </message>
    <message>
        <source>Copy the names of the selected models</source>
        <translation>複製所選模型的名稱</translation>
    </message>
    <message>
        <source>Copy &amp;UUID</source>
        <translation>複製 UUID(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the UUIDs of the selected models</source>
        <translation>複製所選模型的 UUID</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>篩選(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter the models by name, description, requester or URL</source>
        <translation>依名稱、描述、請求器或 URL 篩選模型</translation>
    </message>
    <message>
        <source>&amp;About LangBot Console</source>
        <translation>關於 LangBot Console(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>伺服器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>The LangBot server shown (Ctrl+1 … Ctrl+9)</source>
        <translation>目前顯示的 LangBot 伺服器 (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>Filter models (Ctrl+F)</source>
        <translation>篩選模型 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the models whose name, description, requester or base URL contains the text (any case)</source>
        <translation>顯示名稱、描述、請求器或基礎 URL 中包含此文字的模型（不區分大小寫）</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>篩選模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Click to sort; drag to reorder; right-click to choose the columns</source>
        <translation>按一下以排序；拖曳以重新排列；按右鍵以選擇欄位</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>The name column is always shown</source>
        <translation>名稱欄一律顯示</translation>
    </message>
    <message>
        <source>Show or hide the column “%1”</source>
        <translation>顯示或隱藏「%1」欄</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>重設欄位(&amp;R)</translation>
    </message>
    <message>
        <source>Show every column in its first order and width</source>
        <translation>以原始順序與寬度顯示所有欄位</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>Model test</source>
        <translation>模型測試</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 離線</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>正在與伺服器通訊</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>正在等待伺服器</translation>
    </message>
    <message>
        <source>LangBot …</source>
        <translation>LangBot …</translation>
    </message>
    <message>
        <source>Showing the last known models of %1 while they are reloaded…</source>
        <translation>重新載入期間，顯示 %1 最後已知的模型…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>%1 — %2 — LangBot Console</source>
        <translation>%1 — %2 — LangBot Console</translation>
    </message>
    <message>
        <source>%1 — LangBot Console</source>
        <translation>%1 — LangBot Console</translation>
    </message>
    <message>
        <source>LangBot (version unknown)</source>
        <translation>LangBot（版本不明）</translation>
    </message>
    <message>
        <source>LangBot %1</source>
        <translation>LangBot %1</translation>
    </message>
    <message>
        <source>Check the credentials of this server (Server → Manage Profiles…).</source>
        <translation>請檢查此伺服器的認證資訊（伺服器 → 管理設定檔…）。</translation>
    </message>
    <message>
        <source>Could not load the models.</source>
        <translation>無法載入模型。</translation>
    </message>
    <message>
        <source>Models loaded in %1 ms</source>
        <translation>模型已在 %1 ms 內載入</translation>
    </message>
    <message>
        <source>Still offline: %1</source>
        <translation>仍處於離線狀態：%1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明時間</translation>
    </message>
    <message>
        <source>Offline — showing the list as of %1</source>
        <translation>離線 — 顯示截至 %1 的清單</translation>
    </message>
    <message>
        <source>(server unreachable: %1)</source>
        <translation>（無法連線至伺服器：%1）</translation>
    </message>
    <message>
        <source>The rows are read-only: testing and deleting come back when the server answers again.</source>
        <translation>各列為唯讀：伺服器恢復回應後即可再次測試與刪除。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>The server cannot be reached; the list is the one saved at %1</source>
        <translation>無法連線至伺服器；此清單為 %1 保存的版本</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>已恢復連線。</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms</source>
        <translation>%1 已在 %2 ms 內回應</translation>
    </message>
    <message>
        <source>The test of “%1” failed.</source>
        <translation>「%1」的測試失敗。</translation>
    </message>
    <message>
        <source>Tested %1 models: %2 passed, %3 failed</source>
        <translation>已測試 %1 個模型：%2 個通過，%3 個失敗</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>，%1 個已取消</translation>
    </message>
    <message>
        <source>One test at a time.</source>
        <translation>一次執行一個測試。</translation>
    </message>
    <message>
        <source>Up to %1 tests at the same time.</source>
        <translation>最多同時執行 %1 個測試。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已刪除「%1」。</translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation>無法刪除「%1」。</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached</source>
        <translation>離線時無法使用：無法連線至伺服器</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 個模型</translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n 個模型</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The saved list of this server is empty.</source>
        <translation>此伺服器已保存的清單為空。</translation>
    </message>
    <message>
        <source>No models on this server yet.</source>
        <translation>此伺服器上尚無模型。</translation>
    </message>
    <message>
        <source>No models match the filter.</source>
        <translation>沒有符合篩選條件的模型。</translation>
    </message>
    <message>
        <source>No models match “%1”.</source>
        <translation>沒有符合「%1」的模型。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reading the saved list…</source>
        <translation>無法連線至伺服器。正在讀取已保存的清單…</translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation>無法載入模型。</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>正在載入模型…</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the console</source>
        <translation>列出主控台的所有鍵盤快速鍵</translation>
    </message>
    <message>
        <source>The versions of the console, of Qt and of the server</source>
        <translation>主控台、Qt 與伺服器的版本</translation>
    </message>
    <message>
        <source>The language takes effect after a restart of the console.</source>
        <translation>語言設定將在主控台重新啟動後生效。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
    <message>
        <source>Choose Server → Manage Profiles… (%1) to add a server.</source>
        <translation>請選擇「伺服器 → 管理設定檔…」(%1) 以新增伺服器。</translation>
    </message>
    <message>
        <source>Add one with Model → New Model… (%1), import some with File → Import Models… (%2), or press Refresh (%3) after adding them in LangBot&apos;s web interface.</source>
        <translation>請透過「模型 → 新增模型…」(%1) 新增、透過「檔案 → 匯入模型…」(%2) 匯入，或在 LangBot 網頁介面中新增後按「重新整理」(%3)。</translation>
    </message>
    <message>
        <source>The banner above says why; Refresh (%1) tries again.</source>
        <translation>原因請見上方橫幅；按「重新整理」(%1) 可再試一次。</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>伺服器清單</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>%1 · %2 API</source>
        <translation>%1 · %2 API</translation>
    </message>
    <message>
        <source>%1 of %2 shown (%3)</source>
        <translation>顯示 %1 / %2（%3）</translation>
    </message>
    <message>
        <source>%1 LLM · %2 embedding · %3 rerank</source>
        <translation>%1 個 LLM · %2 個嵌入 · %3 個重新排序</translation>
    </message>
    <message>
        <source>Your role on this server lacks the permission “%1”</source>
        <translation>您在此伺服器上的角色缺少權限「%1」</translation>
    </message>
    <message>
        <source>Role: %1 (view only)</source>
        <translation>角色：%1（唯讀）</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>權限：%1</translation>
    </message>
    <message>
        <source>Where &amp;Used…</source>
        <translation>使用位置(&amp;U)…</translation>
    </message>
    <message>
        <source>List the pipelines, knowledge bases and bots that use the current model</source>
        <translation>列出使用目前模型的流水線、知識庫和機器人</translation>
    </message>
    <message>
        <source>the pipelines are still being read.</source>
        <translation>仍在讀取流水線。</translation>
    </message>
    <message>
        <source>the pipelines have not been read.</source>
        <translation>尚未讀取流水線。</translation>
    </message>
    <message>
        <source>&amp;Replace Everywhere…</source>
        <translation>全部取代(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the current model by another in every pipeline</source>
        <translation>在所有管線中以另一個模型取代目前的模型</translation>
    </message>
    <message>
        <source>Replace the current model by another model in every pipeline that uses it</source>
        <translation>在使用目前模型的每個管線中以另一個模型取代它</translation>
    </message>
</context>
<context>
    <name>lb::gui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>關閉此訊息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>錯誤訊息</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDeletion</name>
    <message>
        <source>the pipelines, bots and knowledge bases are still being read; try again in a moment.</source>
        <translation>仍在讀取流水線、機器人和知識庫；請稍後再試。</translation>
    </message>
    <message>
        <source>they were not read.</source>
        <translation>它們未被讀取。</translation>
    </message>
    <message>
        <source>This breaks what uses it:</source>
        <translation>這會破壞使用它的內容：</translation>
    </message>
    <message>
        <source>Whether other pipelines or bots use it could not be checked: %1</source>
        <translation>無法檢查是否有其他流水線或機器人使用它：%1</translation>
    </message>
    <message>
        <source>No pipeline, knowledge base or bot uses it.</source>
        <translation>沒有流水線、知識庫或機器人使用它。</translation>
    </message>
    <message>
        <source>Delete model “%1”? This cannot be undone.</source>
        <translation>要刪除模型「%1」嗎？此操作無法復原。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n models? This cannot be undone.</source>
        <translation>
            <numerusform>要刪除 %n 個模型嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a production server.</source>
        <translation>「%1」是正式環境伺服器。</translation>
    </message>
    <message>
        <source>Delete model on production</source>
        <translation>刪除正式環境上的模型</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete model in use</source>
        <translation>刪除正在使用的模型</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>刪除模型</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDialog</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The model&apos;s name at the provider, as sent in every request (e.g. gpt-4o).</source>
        <translation>模型在供應商端的名稱，會隨每個請求傳送（例如 gpt-4o）。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>New Model[*]</source>
        <translation>新增模型[*]</translation>
    </message>
    <message>
        <source>Edit “%1”[*]</source>
        <translation>編輯「%1」[*]</translation>
    </message>
    <message>
        <source>Duplicate “%1”[*]</source>
        <translation>建立「%1」的副本[*]</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>儲存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>建立(&amp;C)…</translation>
    </message>
    <message>
        <source>A saved model keeps its requester (LangBot&apos;s update has no requester field). To use another one, duplicate the model and pick it there.</source>
        <translation>已儲存的模型會保留其請求器（LangBot 的更新沒有請求器欄位）。若要使用其他請求器，請為此模型建立副本並在副本中選擇。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Keys and Abilities</source>
        <translation>金鑰與能力</translation>
    </message>
    <message>
        <source>Copy the API key of “%1”</source>
        <translation>複製「%1」的 API 金鑰</translation>
    </message>
    <message>
        <source>Copy the %1 API keys of “%2”</source>
        <translation>複製「%2」的 %1 個 API 金鑰</translation>
    </message>
    <message>
        <source>Off: the copy starts without keys, so no secret is duplicated unless you ask</source>
        <translation>關閉：副本不含金鑰，因此除非您要求，否則不會複製任何機密</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>API 金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Abilities</source>
        <translation>能力(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xtra arguments</source>
        <translation>額外引數(&amp;X)</translation>
    </message>
    <message>
        <source>e.g. openai-chat-completions</source>
        <translation>例如 openai-chat-completions</translation>
    </message>
    <message>
        <source>&amp;Requester *</source>
        <translation>請求器(&amp;R) *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>No requester chosen</source>
        <translation>未選擇請求器</translation>
    </message>
    <message>
        <source>Connection — %1</source>
        <translation>連線 — %1</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已設定）</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已變更）</translation>
    </message>
    <message>
        <source>Type the name of a requester.</source>
        <translation>請輸入請求器名稱。</translation>
    </message>
    <message>
        <source>%1 (and 1 more problem)</source>
        <translation>%1（另有 1 個問題）</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems)</source>
        <translation>%1（另有 %2 個問題）</translation>
    </message>
    <message>
        <source>Waiting for the requester settings…</source>
        <translation>正在等待請求器設定…</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>未連線至伺服器。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Choose a requester first.</source>
        <translation>請先選擇請求器。</translation>
    </message>
    <message>
        <source>Not connected to a server: nothing can be saved.</source>
        <translation>未連線至伺服器：無法儲存任何內容。</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未進行任何變更。</translation>
    </message>
    <message>
        <source>Review what will be sent, then save (Ctrl+S)</source>
        <translation>檢視將傳送的內容，然後儲存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the form to the server&apos;s test of unsaved settings: one small chat request to the provider; nothing is saved (Ctrl+T)</source>
        <translation>將表單送交伺服器測試未儲存的設定：向供應商傳送一個簡短的聊天請求；不會儲存任何內容 (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDialogBase</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Testing the settings in the form… (nothing is saved)</source>
        <translation>正在測試表單中的設定…（不會儲存任何內容）</translation>
    </message>
    <message>
        <source>Test passed: the provider answered, round trip %1. Nothing was saved.</source>
        <translation>測試通過：供應商已回應，往返時間 %1。未儲存任何內容。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>測試已取消。</translation>
    </message>
    <message>
        <source>Test failed after %1: %2</source>
        <translation>測試在 %1 後失敗：%2</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>建立「%1」</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>儲存「%1」</translation>
    </message>
    <message>
        <source>A new model “%1” will be created on the server with these values.</source>
        <translation>將以這些值在伺服器上建立新模型「%1」。</translation>
    </message>
    <message>
        <source>These changes to “%1” will be sent to the server. Fields not listed stay as they are.</source>
        <translation>對「%1」的這些變更將傳送至伺服器。未列出的欄位維持不變。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未儲存。</translation>
    </message>
    <message>
        <source>Creating the model…</source>
        <translation>正在建立模型…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Checking the model on the server…</source>
        <translation>正在伺服器上檢查模型…</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server: it was deleted after you opened it. Nothing was sent; your values are still here.</source>
        <translation>「%1」已不存在於伺服器上：它在您開啟後被刪除了。未傳送任何內容；您輸入的值仍保留在此。</translation>
    </message>
    <message>
        <source>The model could not be read again before saving, so nothing was sent: %1</source>
        <translation>儲存前無法重新讀取模型，因此未傳送任何內容：%1</translation>
    </message>
    <message>
        <source>Someone changed “%1” on the server after you opened it (last update: %2).</source>
        <translation>在您開啟「%1」後，有人在伺服器上變更了它（上次更新：%2）。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Both of you changed: %1.</source>
        <translation>雙方都變更了：%1。</translation>
    </message>
    <message>
        <source>Overwrite with mine: save what this dialog shows; their changes listed here are lost.
Re-edit on their version: load their version and keep your changes on top, then check and save again.
Cancel: nothing is sent; keep editing.</source>
        <translation>以我的版本覆寫：儲存此對話方塊顯示的內容；此處列出的對方變更將會遺失。
以對方的版本重新編輯：載入對方的版本並在其上保留您的變更，然後檢查並再次儲存。
取消：不傳送任何內容；繼續編輯。</translation>
    </message>
    <message>
        <source>The model changed on the server.</source>
        <translation>模型已在伺服器上變更。</translation>
    </message>
    <message>
        <source>Someone saved “%1” after you opened it.</source>
        <translation>在您開啟「%1」後，有人儲存了它。</translation>
    </message>
    <message>
        <source>Their version is loaded.</source>
        <translation>已載入對方的版本。</translation>
    </message>
    <message>
        <source>Your changes are kept on top of it. Check the form and save again.</source>
        <translation>您的變更已保留在其上。請檢查表單並再次儲存。</translation>
    </message>
    <message>
        <source>Your changes are kept on top of it; where both of you changed a field (%1), yours is shown. Check the form and save again.</source>
        <translation>您的變更已保留在其上；雙方都變更的欄位（%1）顯示的是您的值。請檢查表單並再次儲存。</translation>
    </message>
    <message>
        <source>“%1” changed on the server after you opened it, and nothing was sent. Save again to decide, or close to discard your changes.</source>
        <translation>「%1」在您開啟後已在伺服器上變更，因此未傳送任何內容。請再次儲存以做決定，或關閉以捨棄您的變更。</translation>
    </message>
    <message>
        <source>Could not create the model.</source>
        <translation>無法建立模型。</translation>
    </message>
    <message>
        <source>Could not save the model.</source>
        <translation>無法儲存模型。</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>要捨棄變更嗎？</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation>對「%1」的變更尚未儲存。</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>捨棄變更</translation>
    </message>
    <message>
        <source>Close the dialog and lose them, or cancel to go on editing.</source>
        <translation>關閉對話方塊並捨棄變更，或取消以繼續編輯。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelEditing</name>
    <message>
        <source>&amp;New Model…</source>
        <translation>新增模型(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Create a model on the server, with a form made from its requester</source>
        <translation>在伺服器上建立模型，表單依其請求器產生</translation>
    </message>
    <message>
        <source>Create a model (Ctrl+N)</source>
        <translation>建立模型 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit the selected model</source>
        <translation>編輯所選的模型</translation>
    </message>
    <message>
        <source>Edit the selected model (Enter or double-click)</source>
        <translation>編輯所選的模型（Enter 或按兩下）</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>建立副本(&amp;U)…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>建立副本</translation>
    </message>
    <message>
        <source>Create a copy of the selected model (without its keys unless you ask)</source>
        <translation>建立所選模型的副本（除非您要求，否則不含金鑰）</translation>
    </message>
    <message>
        <source>Duplicate the selected model (Ctrl+D)</source>
        <translation>為所選的模型建立副本 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached</source>
        <translation>離線時無法使用：無法連線至伺服器</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelViewProxy</name>
    <message>
        <source>Testing now…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Waiting for a free test slot</source>
        <translation>正在等待可用的測試名額</translation>
    </message>
    <message>
        <source>Recent tests (newest first)</source>
        <translation>最近的測試（最新的在前）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>… and 1 older test</source>
        <translation>… 以及 1 個較早的測試</translation>
    </message>
    <message>
        <source>… and %1 older tests</source>
        <translation>… 以及 %1 個較早的測試</translation>
    </message>
</context>
<context>
    <name>lb::gui::NumberFieldEditor</name>
    <message>
        <source>A whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%2 到 %3 之間的%1</translation>
    </message>
    <message>
        <source>%1 of at least %2</source>
        <translation>不小於 %2 的%1</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>不大於 %2 的%1</translation>
    </message>
</context>
<context>
    <name>lb::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>How many models are tested at the same time by Test All and Test Selected (%1 to %2)</source>
        <translation>「全部測試」與「測試所選項目」同時測試的模型數量（%1 到 %2）</translation>
    </message>
    <message>
        <source>Each test makes the server call the model&apos;s provider. More at once is faster, but providers may limit the rate of requests.</source>
        <translation>每個測試都會讓伺服器呼叫模型的供應商。同時執行越多越快，但供應商可能會限制請求頻率。</translation>
    </message>
    <message>
        <source>&amp;Tests at the same time:</source>
        <translation>同時執行的測試數(&amp;T)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours; Light and Dark choose them</source>
        <translation>「跟隨系統」使用桌面的顏色；「淺色」與「深色」則直接指定顏色</translation>
    </message>
    <message>
        <source>The language takes effect after a restart of the console.</source>
        <translation>語言設定將在主控台重新啟動後生效。</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外觀(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfileManagerDialog</name>
    <message>
        <source>No address yet</source>
        <translation>尚無位址</translation>
    </message>
    <message>
        <source>The servers this console knows, in the order of the switcher</source>
        <translation>此主控台已知的伺服器，依切換器中的順序排列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation>新增設定檔(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>建立副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>LangBot user (email and password)</source>
        <translation>LangBot 使用者（電子郵件與密碼）</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>正在檢查連線</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新設定檔</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>no address yet</source>
        <translation>尚無位址</translation>
    </message>
    <message>
        <source>, not saved yet</source>
        <translation>，尚未儲存</translation>
    </message>
    <message>
        <source>, unsaved changes</source>
        <translation>，有未儲存的變更</translation>
    </message>
    <message>
        <source>Name: another profile is already called “%1”.</source>
        <translation>名稱：已有其他設定檔名為「%1」。</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>沒有設定檔</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>正在將機密儲存至鑰匙圈…</translation>
    </message>
    <message>
        <source>No changes to save</source>
        <translation>沒有要儲存的變更</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation>儲存此設定檔 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ask the server for its version and, with the secret, list its models</source>
        <translation>向伺服器查詢其版本，並使用機密列出其模型</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>The colour of this profile: %1</source>
        <translation>此設定檔的顏色：%1</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Storing the %1 in the keychain…</source>
        <translation>正在將%1儲存至鑰匙圈…</translation>
    </message>
    <message>
        <source>The %1 is stored in the keychain when you save.</source>
        <translation>儲存時會將%1存放至鑰匙圈。</translation>
    </message>
    <message>
        <source>Replaces the stored %1 when you save.</source>
        <translation>儲存時將取代已儲存的%1。</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>正在查詢鑰匙圈…</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave the field empty to keep it, or type a new %1 to replace it.</source>
        <translation>已存放在鑰匙圈中。將欄位留空以保留，或輸入新的%1以取代。</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>已存放在鑰匙圈中</translation>
    </message>
    <message>
        <source>Kept in memory for this session only, not in the keychain. Type it again to store it.</source>
        <translation>僅在本次工作階段保留在記憶體中，未存放在鑰匙圈。再次輸入即可儲存。</translation>
    </message>
    <message>
        <source>Kept for this session</source>
        <translation>已在本次工作階段保留</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save, never in a file. Leave it empty to be asked when connecting.</source>
        <translation>儲存時存放在系統鑰匙圈中，絕不寫入檔案。留空則在連線時詢問。</translation>
    </message>
    <message>
        <source>No %1 stored yet: type it here, or the console asks when it connects.</source>
        <translation>尚未儲存%1：請在此輸入，或由主控台在連線時詢問。</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>無法讀取鑰匙圈：%1</translation>
    </message>
    <message>
        <source>Hide the typed secret</source>
        <translation>隱藏輸入的機密</translation>
    </message>
    <message>
        <source>Show the typed secret</source>
        <translation>顯示輸入的機密</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>「%1」的顏色</translation>
    </message>
    <message>
        <source>Secrets are not copied.</source>
        <translation>不會複製機密。</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?
Its API key or password is removed from the keychain as well. Nothing on the server changes.</source>
        <translation>要刪除設定檔「%1」嗎？
其 API 金鑰或密碼也會從鑰匙圈中移除。伺服器上的內容不會變更。</translation>
    </message>
    <message>
        <source>Delete production profile</source>
        <translation>刪除正式環境設定檔</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>刪除設定檔(&amp;D)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>刪除設定檔</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>無法將設定檔儲存至 %1。</translation>
    </message>
    <message>
        <source>The %1 of “%2” could not be stored in the keychain.
%3
Nothing was written to disk. You can keep it in memory until the console quits, or try again.</source>
        <translation>無法將「%2」的%1儲存至鑰匙圈。
%3
未寫入任何內容至磁碟。您可以將其保留在記憶體中直到主控台結束，或再試一次。</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>正在從鑰匙圈讀取機密…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>檢查已取消。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（版本不明）</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 個模型</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 個模型</translation>
    </message>
    <message>
        <source>LangBot %1 — %2</source>
        <translation>LangBot %1 — %2</translation>
    </message>
    <message>
        <source>LangBot %1 is reachable. Type the password to check the login as well.</source>
        <translation>可連線至 LangBot %1。請輸入密碼以一併檢查登入。</translation>
    </message>
    <message>
        <source>LangBot %1 is reachable. Type the API key to check it as well.</source>
        <translation>可連線至 LangBot %1。請輸入 API 金鑰以一併檢查。</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>檢查失敗。</translation>
    </message>
    <message>
        <source>The server is LangBot %1.</source>
        <translation>伺服器為 LangBot %1。</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet.</source>
        <translation>此設定檔尚未儲存機密。</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>要捨棄對「%1」未儲存的變更嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n profiles?</source>
        <translation>
            <numerusform>要捨棄對 %n 個設定檔未儲存的變更嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>捨棄變更(&amp;D)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>設定檔</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfilesImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Could not read “%1”. Nothing was changed.</source>
        <translation>無法讀取「%1」。未變更任何內容。</translation>
    </message>
    <message>
        <source>“%1” is not a valid profiles document. Nothing was changed.</source>
        <translation>「%1」不是有效的設定檔文件。未變更任何內容。</translation>
    </message>
    <message>
        <source>Import 1 profile from “%1”.</source>
        <translation>從「%1」匯入 1 個設定檔。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profiles from “%1”.</source>
        <translation>
            <numerusform>從「%1」匯入 %n 個設定檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>匯入設定檔</translation>
    </message>
    <message>
        <source>New: no profile has this name.</source>
        <translation>新增：沒有設定檔使用此名稱。</translation>
    </message>
    <message>
        <source>The list has this profile already, with the same settings.</source>
        <translation>清單中已有此設定檔，且設定相同。</translation>
    </message>
    <message>
        <source>The list has a profile named “%1” with other settings. Choose Replace to take the file&apos;s settings, or Add as copy.</source>
        <translation>清單中已有名為「%1」但設定不同的設定檔。請選擇「取代」以採用檔案中的設定，或選擇「新增為副本」。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add as copy</source>
        <translation>新增為副本</translation>
    </message>
    <message>
        <source>Add as “%1”</source>
        <translation>新增為「%1」</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>“%1” takes the file&apos;s settings and keeps its place in the list.</source>
        <translation>「%1」將採用檔案中的設定，並保留其在清單中的位置。</translation>
    </message>
    <message>
        <source>The server address or sign-in changes: its stored API key or password is forgotten and asked for again.</source>
        <translation>伺服器位址或登入方式有變更：已儲存的 API 金鑰或密碼將被忘記，並重新詢問。</translation>
    </message>
    <message>
        <source>It is a production profile: you are asked to type its name.</source>
        <translation>這是正式環境設定檔：將要求您輸入其名稱。</translation>
    </message>
    <message>
        <source>Added under the name “%1”.</source>
        <translation>已以名稱「%1」新增。</translation>
    </message>
    <message>
        <source>&amp;Import 1 Profile</source>
        <translation>匯入 1 個設定檔(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Profiles</source>
        <translation>
            <numerusform>匯入 %n 個設定檔(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Replace a Production Profile</source>
        <translation>取代正式環境設定檔</translation>
    </message>
    <message>
        <source>“%1” is a production profile. The import replaces its settings with the file&apos;s. Type the profile&apos;s name to continue.</source>
        <translation>「%1」是正式環境設定檔。匯入將以檔案中的設定取代其設定。請輸入設定檔名稱以繼續。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>取代(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was imported: replacing “%1” was not confirmed.</source>
        <translation>未匯入任何內容：未確認取代「%1」。</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>failed: the profile could not be added</source>
        <translation>失敗：無法新增設定檔</translation>
    </message>
    <message>
        <source>added as “%1”</source>
        <translation>已新增為「%1」</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>failed: the profile to replace is gone</source>
        <translation>失敗：要取代的設定檔已不存在</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>the profile could not be saved</source>
        <translation>無法儲存設定檔</translation>
    </message>
    <message>
        <source>replaced (secret forgotten)</source>
        <translation>已取代（機密已忘記）</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已取代</translation>
    </message>
    <message>
        <source>%1 added, %2 replaced, %3 failed.</source>
        <translation>已新增 %1 個，已取代 %2 個，失敗 %3 個。</translation>
    </message>
    <message>
        <source>%1 added, %2 replaced.</source>
        <translation>已新增 %1 個，已取代 %2 個。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderDeletion</name>
    <message>
        <source>Delete Provider</source>
        <translation>刪除供應商</translation>
    </message>
    <message>
        <source>Delete the provider “%1”?</source>
        <translation>刪除供應商「%1」？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n model(s) and then the provider “%1”?</source>
        <translation>
            <numerusform>刪除這 %n 個模型，然後刪除供應商「%1」？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n model(s) to “%1” and then delete the provider “%2”?</source>
        <translation>
            <numerusform>將這 %n 個模型移到「%1」，然後刪除供應商「%2」？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move and Delete</source>
        <translation>移動並刪除</translation>
    </message>
    <message numerus="yes">
        <source>The server refuses to delete “%1” while models use it. These %n model(s) use it:</source>
        <translation>
            <numerusform>仍有模型使用「%1」時，伺服器拒絕刪除它。以下 %n 個模型正在使用它：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete these models first</source>
        <translation>先刪除這些模型(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Move them to another provider:</source>
        <translation>將它們移到另一個供應商(&amp;M)：</translation>
    </message>
    <message>
        <source>Provider to move the models to</source>
        <translation>模型要移到的供應商</translation>
    </message>
    <message>
        <source>The window switched to another server while you decided: nothing was sent.</source>
        <translation>在您做出決定期間視窗已切換到另一台伺服器：未傳送任何內容。</translation>
    </message>
    <message>
        <source>The provider “%1” is no longer on the server: nothing was sent.</source>
        <translation>供應商「%1」已不在伺服器上：未傳送任何內容。</translation>
    </message>
    <message>
        <source>The provider to move the models to is no longer on the server: nothing was sent.</source>
        <translation>要將模型移至的供應商已不在伺服器上：未傳送任何內容。</translation>
    </message>
    <message>
        <source>The provider to move the models to does not serve %1 models: nothing was sent.</source>
        <translation>要將模型移至的供應商不支援 %1 模型：未傳送任何內容。</translation>
    </message>
    <message>
        <source>The models that use “%1” changed while you decided: nothing was sent. Delete it again to see them.</source>
        <translation>在您做出決定期間，使用「%1」的模型發生了變化：未傳送任何內容。請再次刪除以查看這些模型。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderDialog</name>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>hidden by the server (no secret permission)</source>
        <translation>已被伺服器隱藏（無密鑰權限）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基礎 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>新增密鑰(&amp;A)</translation>
    </message>
    <message>
        <source>The server uses the keys in turn</source>
        <translation>伺服器輪流使用這些密鑰</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API 密鑰：</translation>
    </message>
    <message>
        <source>Edit Provider</source>
        <translation>編輯供應商</translation>
    </message>
    <message>
        <source>Duplicate Provider</source>
        <translation>複製供應商</translation>
    </message>
    <message>
        <source>New Provider</source>
        <translation>新增供應商</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API 密鑰 %1</translation>
    </message>
    <message>
        <source>Kept as stored unless you type a new key</source>
        <translation>除非輸入新密鑰，否則保留已儲存的密鑰</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>顯示密鑰</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>隱藏密鑰</translation>
    </message>
    <message>
        <source>Remove key %1</source>
        <translation>移除密鑰 %1</translation>
    </message>
    <message>
        <source>A provider needs a name and a type.</source>
        <translation>供應商需要名稱和類型。</translation>
    </message>
    <message>
        <source>Saving a provider needs the permission %1.</source>
        <translation>儲存供應商需要權限 %1。</translation>
    </message>
    <message>
        <source>&amp;Delete the half-saved provider</source>
        <translation>刪除已部分儲存的供應商(&amp;D)</translation>
    </message>
    <message>
        <source>The server saved the provider “%1” before it failed.</source>
        <translation>伺服器在失敗前已儲存供應商「%1」。</translation>
    </message>
    <message>
        <source>The half-saved provider was deleted.</source>
        <translation>已刪除部分儲存的供應商。</translation>
    </message>
    <message>
        <source>A key hidden by the server can be replaced, not removed</source>
        <translation>伺服器隱藏的金鑰只能替換，不能移除</translation>
    </message>
    <message>
        <source>The provider could not be read: close this dialog and open it again.</source>
        <translation>無法讀取該供應商：請關閉此對話框後重新開啟。</translation>
    </message>
    <message>
        <source>The server hides this provider&apos;s base URL: enter the base URL of the copy.</source>
        <translation>伺服器隱藏了該供應商的基礎 URL：請輸入副本的基礎 URL。</translation>
    </message>
    <message numerus="yes">
        <source>The server hides %n of the source&apos;s API keys (no secret permission): the copy cannot take them. Type the keys the copy should use.</source>
        <translation>
            <numerusform>伺服器隱藏了來源供應商的 %n 個 API 金鑰（無密鑰權限）：副本無法帶上它們。請輸入副本應使用的金鑰。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server hides the source&apos;s base URL: type the base URL of the copy.</source>
        <translation>伺服器隱藏了來源供應商的基礎 URL：請輸入副本的基礎 URL。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderModelDialog</name>
    <message>
        <source>Provider default</source>
        <translation>供應商預設</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>極高</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Edit Model — %1</source>
        <translation>編輯模型 — %1</translation>
    </message>
    <message>
        <source>Duplicate Model — %1</source>
        <translation>複製模型 — %1</translation>
    </message>
    <message>
        <source>New Model</source>
        <translation>新增模型</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>模型類型</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>重新排序</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation>選擇供應商…</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>供應商(&amp;P)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The model&apos;s id at the provider, e.g. gpt-4o</source>
        <translation>模型在供應商處的 ID，例如 gpt-4o</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Abilities:</source>
        <translation>能力(&amp;A)：</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文長度</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 個權杖</translation>
    </message>
    <message>
        <source>The model&apos;s context window in tokens; “Not set” leaves it unknown</source>
        <translation>模型的上下文視窗（權杖數）；「未設定」表示未知</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>上下文長度(&amp;C)：</translation>
    </message>
    <message>
        <source>Reasoning level</source>
        <translation>推理等級</translation>
    </message>
    <message>
        <source>&amp;Reasoning level:</source>
        <translation>推理等級(&amp;R)：</translation>
    </message>
    <message>
        <source>E&amp;xtra arguments:</source>
        <translation>額外參數(&amp;X)：</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Stop waiting for the test</source>
        <translation>停止等待測試</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>測試(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>建立(&amp;R)</translation>
    </message>
    <message>
        <source>The type of a saved model is fixed</source>
        <translation>已儲存模型的類型不可變更</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>請求器：%1</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>新增供應商…</translation>
    </message>
    <message>
        <source>This server has no provider yet: make one with “New provider…”.</source>
        <translation>此伺服器尚無供應商：請透過「新增供應商…」建立一個。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Requester: %1 · API keys: %2</source>
        <translation>請求器：%1 · API 金鑰：%2</translation>
    </message>
    <message>
        <source>Levels need the reasoning ability: tick “Reasoning” to choose one.</source>
        <translation>推理等級需要推理能力：勾選「推理」後才能選擇。</translation>
    </message>
    <message>
        <source>The server reports no other level for this model yet: save it with the reasoning ability, then edit it again to choose one.</source>
        <translation>伺服器尚未為此模型回報其他等級：請先帶推理能力儲存，再重新編輯以選擇等級。</translation>
    </message>
    <message>
        <source>Needs the permission %1, which these credentials lack</source>
        <translation>需要權限 %1，但目前的憑證沒有此權限</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>未連線到伺服器</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>請選擇供應商</translation>
    </message>
    <message>
        <source>Enter the model&apos;s name</source>
        <translation>請輸入模型名稱</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>尚無變更</translation>
    </message>
    <message>
        <source>Test the settings in the form without saving them</source>
        <translation>測試表單中的設定，不儲存</translation>
    </message>
    <message>
        <source>The server hides this provider&apos;s keys (no secret permission), and a test of an unsaved model sends them: nothing was sent. A saved model can be tested from the model list; an unsaved one cannot.</source>
        <translation>伺服器隱藏了此供應商的金鑰（無金鑰權限），而測試未儲存的模型需要送出這些金鑰：因此未送出任何內容。已儲存的模型可在模型清單中測試；未儲存的模型則不能。</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s keys…</source>
        <translation>正在讀取供應商的金鑰…</translation>
    </message>
    <message>
        <source>Could not create the model.</source>
        <translation>無法建立模型。</translation>
    </message>
    <message>
        <source>Providers whose requester serves %1 models; the provider holds the requester, base URL and API keys the model uses</source>
        <translation>請求器支援 %1 模型的供應商；供應商保存模型使用的請求器、基礎 URL 和 API 金鑰</translation>
    </message>
    <message>
        <source>The server saved “%1” before it failed.</source>
        <translation>伺服器在失敗前已儲存「%1」。</translation>
    </message>
    <message>
        <source>Delete the half-saved model</source>
        <translation>刪除儲存了一半的模型</translation>
    </message>
    <message>
        <source>Could not delete the half-saved model.</source>
        <translation>無法刪除儲存了一半的模型。</translation>
    </message>
    <message>
        <source>The half-saved model was deleted.</source>
        <translation>儲存了一半的模型已刪除。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderTestPanel</name>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>A model the provider offers, e.g. gpt-4o-mini</source>
        <translation>供應商提供的模型，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <source>One of the provider&apos;s models, or the name of one it offers</source>
        <translation>該供應商的某個模型，或它提供的某個模型的名稱</translation>
    </message>
    <message>
        <source>Model type of the test</source>
        <translation>測試的模型類型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Stop waiting for the server&apos;s answer</source>
        <translation>停止等待伺服器的回應</translation>
    </message>
    <message>
        <source>Testing “%1”… %2 s (nothing is saved)</source>
        <translation>正在測試「%1」… %2 秒（不會儲存任何內容）</translation>
    </message>
    <message>
        <source>%1 model</source>
        <translation>%1 模型</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>未連線到伺服器</translation>
    </message>
    <message>
        <source>Needs the permission %1, which these credentials lack</source>
        <translation>需要權限 %1，但目前的憑證沒有該權限</translation>
    </message>
    <message>
        <source>This requester serves no model type this server has</source>
        <translation>此請求器不支援該伺服器上的任何模型類型</translation>
    </message>
    <message>
        <source>Enter the name of a model the provider offers</source>
        <translation>請輸入供應商提供的模型名稱</translation>
    </message>
    <message>
        <source>Ask the server to call one model through these settings, without saving them</source>
        <translation>讓伺服器用這些設定呼叫一個模型，不儲存設定</translation>
    </message>
    <message>
        <source>Cannot test: the server hides this provider&apos;s keys or base URL (no secret permission), and a test of unsaved settings sends them to the provider as they are. Type the keys (and the base URL) in full to test them, or test a saved model from the model list.</source>
        <translation>無法測試：伺服器隱藏了此供應商的金鑰或基礎 URL（無密鑰權限），而測試未儲存的設定會將它們原樣傳送給供應商。請完整輸入金鑰（和基礎 URL）後再測試，或在模型清單中測試已儲存的模型。</translation>
    </message>
    <message>
        <source>Testing “%1”… (nothing is saved; gives up after %2 s)</source>
        <translation>正在測試「%1」…（不會儲存任何內容；%2 秒後放棄）</translation>
    </message>
    <message>
        <source>Connection works: “%1” answered, round trip %2 ms. Nothing was saved.</source>
        <translation>連線正常：「%1」已回應，往返耗時 %2 毫秒。未儲存任何內容。</translation>
    </message>
    <message>
        <source>Test stopped: the server may still be calling the provider.</source>
        <translation>測試已停止：伺服器可能仍在呼叫供應商。</translation>
    </message>
    <message>
        <source>Test failed after %1 ms: %2</source>
        <translation>測試在 %1 毫秒後失敗：%2</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProvidersPane</name>
    <message>
        <source>Providers</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Provider actions</source>
        <translation>供應商操作</translation>
    </message>
    <message>
        <source>New Provider…</source>
        <translation>新增供應商…</translation>
    </message>
    <message>
        <source>Add a provider: a requester, a base URL and API keys</source>
        <translation>新增供應商：請求器、基礎 URL 和 API 密鑰</translation>
    </message>
    <message>
        <source>Edit Provider…</source>
        <translation>編輯供應商…</translation>
    </message>
    <message>
        <source>Edit the selected provider</source>
        <translation>編輯所選供應商</translation>
    </message>
    <message>
        <source>Duplicate Provider…</source>
        <translation>複製供應商…</translation>
    </message>
    <message>
        <source>Make a new provider from the selected one</source>
        <translation>以所選供應商為基礎新增一個</translation>
    </message>
    <message>
        <source>Delete Provider…</source>
        <translation>刪除供應商…</translation>
    </message>
    <message>
        <source>Delete the selected provider</source>
        <translation>刪除所選供應商</translation>
    </message>
    <message>
        <source>Offline: the list is a saved copy</source>
        <translation>離線：清單為儲存的副本</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>This server (LangBot 4.0–4.6) has no providers: the grouping follows the models and is read-only</source>
        <translation>此伺服器（LangBot 4.0–4.6）沒有供應商：分組由模型決定，唯讀</translation>
    </message>
    <message>
        <source>Needs the permission %1</source>
        <translation>需要權限 %1</translation>
    </message>
    <message>
        <source>Select a provider first</source>
        <translation>請先選擇一個供應商</translation>
    </message>
    <message>
        <source>More provider actions</source>
        <translation>更多供應商操作</translation>
    </message>
    <message>
        <source>Scan Models…</source>
        <translation>掃描模型…</translation>
    </message>
    <message>
        <source>List the models the selected provider&apos;s endpoint offers and add many at once</source>
        <translation>列出所選供應商端點提供的模型，並一次新增多個</translation>
    </message>
    <message>
        <source>Needs LangBot 4.9.7 or later (this server: %1)</source>
        <translation>需要 LangBot 4.9.7 或更新版本（此伺服器：%1）</translation>
    </message>
</context>
<context>
    <name>lb::gui::ReplaceModelDialog</name>
    <message>
        <source>Replace “%1” Everywhere</source>
        <translation>全部取代「%1」</translation>
    </message>
    <message>
        <source>Plan of the replacement</source>
        <translation>取代計畫</translation>
    </message>
    <message>
        <source>Type or pick the model that takes its place</source>
        <translation>輸入或選擇取代它的模型</translation>
    </message>
    <message>
        <source>The models of the same type on this server</source>
        <translation>此伺服器上同類型的模型</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>取代(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Send nothing more (a pipeline being written finishes)</source>
        <translation>不再傳送任何內容（正在寫入的管線會完成）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 (%2, provider %3)</source>
        <translation>%1（%2，供應商 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not connected to the server the plan was made for.</source>
        <translation>未連線到產生此計畫的伺服器。</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>離線時無法使用：無法連線到伺服器。</translation>
    </message>
    <message>
        <source>Changing pipelines needs the permission “%1”, which this key or account does not have.</source>
        <translation>修改管線需要權限「%1」，此金鑰或帳號沒有該權限。</translation>
    </message>
    <message>
        <source>“%1” is not on the server any more.</source>
        <translation>伺服器上已沒有「%1」。</translation>
    </message>
    <message>
        <source>Reading the pipelines, bots and knowledge bases…</source>
        <translation>正在讀取管線、機器人和知識庫…</translation>
    </message>
    <message>
        <source>they were not read.</source>
        <translation>它們未被讀取。</translation>
    </message>
    <message>
        <source>The plan needs the pipelines, bots and knowledge bases: %1</source>
        <translation>產生計畫需要管線、機器人和知識庫：%1</translation>
    </message>
    <message>
        <source>Choose the model that takes the place of “%1”.</source>
        <translation>請選擇取代「%1」的模型。</translation>
    </message>
    <message>
        <source>No pipeline uses “%1”: there is nothing to replace.</source>
        <translation>沒有管線使用「%1」：沒有可取代的內容。</translation>
    </message>
    <message>
        <source>No pipeline names “%1” itself: there is nothing to replace, but the knowledge bases below embed with it.</source>
        <translation>沒有管線直接引用「%1」：沒有可取代的內容，但下列知識庫使用它做嵌入。</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) change. Each is read again just before it is written, and only these fields change; writing a pipeline clears its conversations in memory.</source>
        <translation>
            <numerusform>%n 條管線將被修改。每條管線在寫入前都會重新讀取，只修改這些欄位；寫入管線會清除其記憶體中的對話。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline “%1”</source>
        <translation>管線「%1」</translation>
    </message>
    <message>
        <source>No bot runs this pipeline.</source>
        <translation>沒有機器人執行此管線。</translation>
    </message>
    <message>
        <source>Bots that will notice: %1</source>
        <translation>會受影響的機器人：%1</translation>
    </message>
    <message>
        <source>Knowledge bases to recreate (never edited)</source>
        <translation>需重新建立的知識庫（不會被修改）</translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” by “%2” in %n pipeline(s)?</source>
        <translation>
            <numerusform>在 %n 條管線中將「%1」取代為「%2」？</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a production server.</source>
        <translation>「%1」是正式環境伺服器。</translation>
    </message>
    <message>
        <source>Replace model on production</source>
        <translation>取代正式環境上的模型</translation>
    </message>
    <message>
        <source>Nothing was sent: the server, its models or its pipelines changed while you confirmed. Check the plan again.</source>
        <translation>未傳送任何內容：在您確認期間，伺服器、其模型或其管線發生了變化。請重新檢查計畫。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在寫入…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 條已修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 條已略過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 條失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 條已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完成：%1。</translation>
    </message>
    <message>
        <source>Reading the pipelines again…</source>
        <translation>正在重新讀取管線…</translation>
    </message>
    <message>
        <source>Nothing uses “%1” any more.</source>
        <translation>已沒有任何內容使用「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still used by %n pipeline(s).</source>
        <translation>
            <numerusform>「%1」仍被 %n 條管線使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>「%1」已被刪除。</translation>
    </message>
    <message>
        <source>Plan &amp;Again</source>
        <translation>重新產生計畫(&amp;A)</translation>
    </message>
    <message>
        <source>Make the plan again from the pipelines as they are now</source>
        <translation>根據管線的目前狀態重新產生計畫</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace in %n Pipeline(s)</source>
        <translation>
            <numerusform>在 %n 條管線中取代(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the changes above to the server, one pipeline at a time</source>
        <translation>將上述修改逐一管線寫入伺服器</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>刪除「%1」(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the old model (asks first, and names anything that still uses it)</source>
        <translation>刪除舊模型（會先詢問，並列出仍在使用它的內容）</translation>
    </message>
    <message>
        <source>Pipeline “%1”: %2</source>
        <translation>管線「%1」：%2</translation>
    </message>
</context>
<context>
    <name>lb::gui::RequestIdButton</name>
    <message>
        <source>Copy request id</source>
        <translation>複製請求 ID</translation>
    </message>
    <message>
        <source>Copy the request id: the server&apos;s log holds the real error under it</source>
        <translation>複製請求 ID：伺服器日誌中以此 ID 記錄了真實錯誤</translation>
    </message>
</context>
<context>
    <name>lb::gui::RequesterPicker</name>
    <message>
        <source>&amp;Requester</source>
        <translation>請求器(&amp;R)</translation>
    </message>
    <message>
        <source>Search: name, label or alias</source>
        <translation>搜尋：名稱、標籤或別名</translation>
    </message>
    <message>
        <source>Search requesters</source>
        <translation>搜尋請求器</translation>
    </message>
    <message>
        <source>Finds requesters by label (any language), name or alias, such as “claude”, “gpt” or “glm”</source>
        <translation>依標籤（任何語言）、名稱或別名尋找請求器，例如「claude」、「gpt」或「glm」</translation>
    </message>
    <message>
        <source>No requester matches.</source>
        <translation>沒有符合的請求器。</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>請求器</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, serves %3</source>
        <translation>%1，%2，支援 %3</translation>
    </message>
    <message>
        <source>Model makers</source>
        <translation>模型廠商</translation>
    </message>
    <message>
        <source>Model platforms (MaaS)</source>
        <translation>模型平台（MaaS）</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>自行託管</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>內建</translation>
    </message>
    <message>
        <source>Unified gateways</source>
        <translation>統一閘道</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>lb::gui::ScanModelsDialog</name>
    <message>
        <source>Scan Models — %1</source>
        <translation>掃描模型 — %1</translation>
    </message>
    <message>
        <source>The models the endpoint of “%1” offers, beside the ones already added. Check the ones to add.</source>
        <translation>「%1」的端點提供的模型，以及已新增的模型。勾選要新增的模型。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <source>Model id or owner</source>
        <translation>模型 ID 或擁有者</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>Scan &amp;Again</source>
        <translation>重新掃描(&amp;A)</translation>
    </message>
    <message>
        <source>Ask the provider&apos;s endpoint for its models again</source>
        <translation>再次向供應商端點取得模型列表</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation>供應商提供的模型</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>全選(&amp;L)</translation>
    </message>
    <message>
        <source>Check every model shown that is not added yet</source>
        <translation>勾選所有顯示的、尚未新增的模型</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不選(&amp;N)</translation>
    </message>
    <message>
        <source>Uncheck every model shown</source>
        <translation>取消勾選所有顯示的模型</translation>
    </message>
    <message>
        <source>Add Models</source>
        <translation>新增模型</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop scanning or adding (models already sent are still added)</source>
        <translation>停止掃描或新增（已傳送的模型仍會被新增）</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1（請求 ID %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>已新增 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (the reason is in the Status column)</source>
        <translation>
            <numerusform>%n 個失敗（原因見「狀態」欄）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 個未傳送</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>掃描失敗。</translation>
    </message>
    <message>
        <source>%1
Request id: %2</source>
        <translation>%1
請求 ID：%2</translation>
    </message>
    <message>
        <source>Saved for this provider but not offered by its endpoint now: %1</source>
        <translation>已為該供應商儲存、但其端點目前未提供：%1</translation>
    </message>
    <message>
        <source>Scanning the provider&apos;s endpoint…</source>
        <translation>正在掃描供應商端點…</translation>
    </message>
    <message>
        <source>Adding %1 of %2…</source>
        <translation>正在新增第 %1 個，共 %2 個…</translation>
    </message>
    <message>
        <source>Listing the models again…</source>
        <translation>正在重新列出模型…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered</source>
        <translation>
            <numerusform>提供 %n 個模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Model(s)</source>
        <translation>
            <numerusform>新增 %n 個模型(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Models</source>
        <translation>新增模型(&amp;A)</translation>
    </message>
    <message>
        <source>%1 checked, %2 shown</source>
        <translation>已勾選 %1 個，顯示 %2 個</translation>
    </message>
</context>
<context>
    <name>lb::gui::SchemaForm</name>
    <message>
        <source>Other settings</source>
        <translation>其他設定</translation>
    </message>
    <message>
        <source>The rest of requester_config, as a JSON object.</source>
        <translation>requester_config 的其餘部分，以 JSON 物件表示。</translation>
    </message>
    <message>
        <source>Keys of requester_config that the requester&apos;s settings do not describe. They are kept as they are unless you change them here.</source>
        <translation>請求器設定未說明的 requester_config 鍵。除非您在此變更，否則會維持原樣。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>lb::gui::Screenshots</name>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>無法將螢幕擷圖儲存至 %1</translation>
    </message>
</context>
<context>
    <name>lb::gui::SecretFieldEditor</name>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>顯示此值</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>隱藏此值</translation>
    </message>
</context>
<context>
    <name>lb::gui::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密碼</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>%1 的 API 金鑰</translation>
    </message>
    <message>
        <source>Log in to “%1” (%2) as %3.</source>
        <translation>以 %3 身分登入「%1」（%2）。</translation>
    </message>
    <message>
        <source>“%1” (%2) needs an API key.</source>
        <translation>「%1」（%2）需要 API 金鑰。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登入(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隱藏密碼</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>顯示密碼</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>隱藏 API 金鑰</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>顯示 API 金鑰</translation>
    </message>
</context>
<context>
    <name>lb::gui::SelectFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1（不是可用選項）</translation>
    </message>
</context>
<context>
    <name>lb::gui::ServerUrl</name>
    <message>
        <source>Server URL: start the address with http:// or https://, e.g. http://127.0.0.1:5300.</source>
        <translation>伺服器 URL：位址請以 http:// 或 https:// 開頭，例如 http://127.0.0.1:5300。</translation>
    </message>
    <message>
        <source>Server URL: this is not a valid address (%1).</source>
        <translation>伺服器 URL：這不是有效的位址（%1）。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In dialogs</source>
        <translation>在對話方塊中</translation>
    </message>
    <message>
        <source>Move to the next or previous field</source>
        <translation>移至下一個或上一個欄位</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Go to the field or button with the underlined letter</source>
        <translation>移至標有該底線字母的欄位或按鈕</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Press the default button (OK, Save…)</source>
        <translation>按下預設按鈕（確定、儲存…）</translation>
    </message>
    <message>
        <source>Cancel or close the dialog</source>
        <translation>取消或關閉對話方塊</translation>
    </message>
    <message>
        <source>Press the focused button, tick the focused box</source>
        <translation>按下具有焦點的按鈕、勾選具有焦點的核取方塊</translation>
    </message>
    <message>
        <source>In the model table</source>
        <translation>在模型表格中</translation>
    </message>
    <message>
        <source>Move between models</source>
        <translation>在模型之間移動</translation>
    </message>
    <message>
        <source>Select more models</source>
        <translation>選擇更多模型</translation>
    </message>
    <message>
        <source>Select every model</source>
        <translation>選擇所有模型</translation>
    </message>
    <message>
        <source>Open the row&apos;s menu</source>
        <translation>開啟該列的選單</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Search by action or key</source>
        <translation>依動作或按鍵搜尋</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
</context>
<context>
    <name>lb::gui::StringListFieldEditor</name>
    <message>
        <source>Add an item to %1</source>
        <translation>新增項目至 %1</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>移除所選項目</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>將所選項目上移</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>將所選項目下移</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestProgress</name>
    <message>
        <source>Testing</source>
        <translation>測試中</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>測試進度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop testing: drop the waiting tests and abort the running ones</source>
        <translation>停止測試：捨棄等待中的測試並中止執行中的測試</translation>
    </message>
    <message>
        <source>Cancel the tests</source>
        <translation>取消測試</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>剩餘約 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>剩餘約 %1 分鐘</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 tests finished</source>
        <translation>已完成 %1 / %2 個測試</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestResultPanel</name>
    <message>
        <source>&amp;Cancel test</source>
        <translation>取消測試(&amp;C)</translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation>複製訊息(&amp;Y)</translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation>測試進行中</translation>
    </message>
    <message>
        <source>Stop waiting for this test (Esc)</source>
        <translation>停止等待此測試 (Esc)</translation>
    </message>
    <message>
        <source>Copy the server&apos;s message to the clipboard</source>
        <translation>將伺服器的訊息複製到剪貼簿</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>伺服器訊息</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在測試 %1…</translation>
    </message>
    <message>
        <source>The server is sending a short chat request to the provider.</source>
        <translation>伺服器正在向供應商傳送一個簡短的聊天請求。</translation>
    </message>
    <message>
        <source>Waiting for a free test slot: other tests are running.</source>
        <translation>正在等待可用的測試名額：其他測試正在執行。</translation>
    </message>
    <message>
        <source>✓ %1 answered in %2 ms</source>
        <translation>✓ %1 已在 %2 ms 內回應</translation>
    </message>
    <message>
        <source>Round trip measured by the console, including the provider&apos;s answer.</source>
        <translation>由主控台測得的往返時間，包含供應商的回應。</translation>
    </message>
    <message>
        <source>✗ %1 failed the test</source>
        <translation>✗ %1 測試失敗</translation>
    </message>
    <message>
        <source>The server&apos;s message:</source>
        <translation>伺服器的訊息：</translation>
    </message>
    <message>
        <source>Test of %1 cancelled</source>
        <translation>%1 的測試已取消</translation>
    </message>
    <message>
        <source>The console stopped waiting; no result was recorded.</source>
        <translation>主控台已停止等待；未記錄任何結果。</translation>
    </message>
    <message>
        <source>No test run yet</source>
        <translation>尚未執行測試</translation>
    </message>
    <message>
        <source>Select a model and choose Model → Test (Ctrl+T).</source>
        <translation>選擇一個模型，然後選擇「模型 → 測試」(Ctrl+T)。</translation>
    </message>
    <message>
        <source>Waiting for the provider — %1 s</source>
        <translation>正在等待供應商 — %1 秒</translation>
    </message>
    <message>
        <source>Copy the request id: the server&apos;s log holds the real error under it</source>
        <translation>複製請求 ID：伺服器日誌中以此 ID 記錄了真實錯誤</translation>
    </message>
    <message>
        <source>Copy request id %1</source>
        <translation>複製請求 ID %1</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>複製請求 ID</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestStateDelegate</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>lb::gui::TransferActions</name>
    <message>
        <source>&amp;Export Models…</source>
        <translation>匯出模型(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the model configurations of this server to a JSON file</source>
        <translation>將此伺服器的模型設定儲存為 JSON 檔案</translation>
    </message>
    <message>
        <source>&amp;Import Models…</source>
        <translation>匯入模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Create or update models of this server from an export file, with a preview first</source>
        <translation>從匯出檔建立或更新此伺服器的模型，並先顯示預覽</translation>
    </message>
    <message>
        <source>Export &amp;Profiles…</source>
        <translation>匯出設定檔(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the server profiles (without secrets) to a JSON file</source>
        <translation>將伺服器設定檔（不含機密）儲存為 JSON 檔案</translation>
    </message>
    <message>
        <source>Import P&amp;rofiles…</source>
        <translation>匯入設定檔(&amp;R)…</translation>
    </message>
    <message>
        <source>Add server profiles from a profiles file</source>
        <translation>從設定檔檔案新增伺服器設定檔</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>傳輸(&amp;T)</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>需要連線至伺服器</translation>
    </message>
    <message>
        <source>JSON documents (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import Models</source>
        <translation>匯入模型</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>匯入設定檔</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>匯出設定檔</translation>
    </message>
    <message>
        <source>There are no profiles to export.</source>
        <translation>沒有可匯出的設定檔。</translation>
    </message>
    <message>
        <source>Could not export the profiles.</source>
        <translation>無法匯出設定檔。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Exported 1 profile to %1 (without secrets).</source>
        <translation>已將 1 個設定檔匯出至 %1（不含機密）。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profiles to %1 (without secrets).</source>
        <translation>
            <numerusform>已將 %n 個設定檔匯出至 %1（不含機密）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles imported: %1 added, %2 replaced.</source>
        <translation>已匯入設定檔：已新增 %1 個，已取代 %2 個。</translation>
    </message>
</context>
<context>
    <name>lb::gui::TypedConfirmDialog</name>
    <message>
        <source>To confirm, type the name of the profile, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>若要確認，請輸入設定檔名稱 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
</context>
<context>
    <name>lb::gui::WhereUsedDialog</name>
    <message>
        <source>Where “%1” Is Used</source>
        <translation>「%1」的使用位置</translation>
    </message>
    <message>
        <source>Uses of the model</source>
        <translation>模型的使用位置</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>機器人</translation>
    </message>
    <message>
        <source> (reasoning: %1)</source>
        <translation>（推理：%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Where “%1” is used is not fully known: %2</source>
        <translation>無法完整得知「%1」的使用位置：%2</translation>
    </message>
    <message>
        <source>No pipeline or knowledge base uses “%1”: deleting it breaks no bot.</source>
        <translation>沒有流水線或知識庫使用「%1」：刪除它不會影響任何機器人。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n pipeline(s):</source>
        <translation>
            <numerusform>「%1」被 %n 條流水線使用：</numerusform>
        </translation>
    </message>
</context>
</TS>
