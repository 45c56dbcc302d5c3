<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CertificateDialog</name>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate is not trusted by this system.&lt;/b&gt;</source>
        <translation>&lt;b&gt;サーバーの証明書はこのシステムで信頼されていません。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>証明書(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Models</source>
        <translation>モデルのエクスポート</translation>
    </message>
    <message>
        <source>The file is a JSON document that reads well in version control and can be imported into this or another server. Without keys, it holds nothing secret.</source>
        <translation>このファイルは、バージョン管理で読みやすい JSON ドキュメントで、このサーバーや別のサーバーにインポートできます。キーを含めなければ、機密情報は含まれません。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>シークレット：</translation>
    </message>
    <message>
        <source>Off: every model&apos;s keys are replaced by a marker with their number</source>
        <translation>オフ：各モデルのキーは、キーの数を示すマーカーに置き換えられます</translation>
    </message>
    <message>
        <source>Include API &amp;keys (plain text)</source>
        <translation>API キーを含める（平文）(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file will hold every API key in plain text.&lt;/b&gt;&lt;br&gt;Anyone who can read it can use the keys and run up costs. Keep it out of version control, do not send it by e-mail or chat, and delete it when done.</source>
        <translation>&lt;b&gt;ファイルにはすべての API キーが平文で保存されます。&lt;/b&gt;&lt;br&gt;ファイルを読める人は誰でもキーを使用でき、費用が発生する可能性があります。バージョン管理に含めず、メールやチャットで送信せず、使用後は削除してください。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Models</source>
        <translation>モデルのインポート</translation>
    </message>
    <message>
        <source>Models in the file</source>
        <translation>ファイル内のモデル</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>アクション(&amp;A)：</translation>
    </message>
    <message>
        <source>Server &amp;model:</source>
        <translation>サーバーのモデル(&amp;M)：</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API キー：</translation>
    </message>
    <message>
        <source>Enter &amp;Keys…</source>
        <translation>キーを入力(&amp;K)…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>サーバー上</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>インポート後</translation>
    </message>
    <message>
        <source>Back to the proposed action of every model</source>
        <translation>すべてのモデルを提案されたアクションに戻します</translation>
    </message>
    <message>
        <source>&amp;Reset Actions</source>
        <translation>アクションをリセット(&amp;R)</translation>
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
        <translation>再試行(&amp;R)</translation>
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
        <translation>新しいモデルの API キー</translation>
    </message>
    <message>
        <source>Enter the keys to send with each new model (several separated by commas). A model left empty is created without keys: the report flags it, and it cannot be used until keys are added.</source>
        <translation>新しい各モデルとともに送信するキーを入力してください（複数の場合はカンマ区切り）。空欄のモデルはキーなしで作成されます。その場合はレポートで示され、キーを追加するまで使用できません。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Could not start the demo server on port %1: %2</source>
        <translation>ポート %1 でデモサーバーを起動できませんでした：%2</translation>
    </message>
    <message>
        <source>Demo LangBot server on %1 — API key: %2</source>
        <translation>%1 のデモ LangBot サーバー — API キー：%2</translation>
    </message>
    <message>
        <source>A desktop console for the LLM models of LangBot servers.
It opens the server profile used last; with no profiles yet, the built-in demo server.</source>
        <translation>LangBot サーバーの LLM モデルを管理するデスクトップコンソールです。
最後に使用したサーバープロファイルを開きます。プロファイルがまだない場合は、内蔵のデモサーバーを開きます。</translation>
    </message>
    <message>
        <source>Open the server profile called NAME (see Server → Manage Profiles…).</source>
        <translation>NAME という名前のサーバープロファイルを開きます（サーバー → プロファイルの管理… を参照）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connect to the LangBot server at URL without saving a profile. The API key is read from the environment variable LANGBOT_API_KEY.</source>
        <translation>プロファイルを保存せずに、URL の LangBot サーバーに接続します。API キーは環境変数 LANGBOT_API_KEY から読み取られます。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open the built-in demo server (even when --profile or --url is given).</source>
        <translation>内蔵のデモサーバーを開きます（--profile や --url が指定されていても）。</translation>
    </message>
    <message>
        <source>Run only the demo LangBot server, without a window, until killed.</source>
        <translation>ウィンドウを表示せず、デモ LangBot サーバーのみを終了されるまで実行します。</translation>
    </message>
    <message>
        <source>Port of --demo-server (default 5300).</source>
        <translation>--demo-server のポート（既定値 5300）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For the documentation: show sample profiles (never yours), list and test the models of the demo server, save a picture of the window to FILE (PNG) and quit.</source>
        <translation>ドキュメント用：サンプルプロファイル（あなたのものではありません）を表示し、デモサーバーのモデルを一覧表示してテストし、ウィンドウの画像を FILE（PNG）に保存して終了します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>For the documentation: save a picture of the profile manager with sample profiles to FILE (PNG) and quit.</source>
        <translation>ドキュメント用：サンプルプロファイルを表示したプロファイルマネージャーの画像を FILE（PNG）に保存して終了します。</translation>
    </message>
    <message>
        <source>For the documentation: save a picture of the window showing a saved list offline (sample profiles, never yours) to FILE (PNG) and quit.</source>
        <translation>ドキュメント用：保存済みの一覧をオフラインで表示したウィンドウ（サンプルプロファイル、あなたのものではありません）の画像を FILE（PNG）に保存して終了します。</translation>
    </message>
    <message>
        <source>--port needs a number from 0 (any free port) to 65535.</source>
        <translation>--port には 0（空いている任意のポート）から 65535 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>LangBot Console</source>
        <translation>LangBot Console</translation>
    </message>
    <message>
        <source>--profile: there is no profile called “%1”.</source>
        <translation>--profile：「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>There are no profiles yet; add one in the console (Server → Manage Profiles…).</source>
        <translation>プロファイルがまだありません。コンソールで追加してください（サーバー → プロファイルの管理…）。</translation>
    </message>
    <message>
        <source>Known profiles:</source>
        <translation>既知のプロファイル：</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url：%1</translation>
    </message>
    <message>
        <source>For the documentation: save pictures of the window and of the model, import and profile dialogs (sample profiles, never yours) in DIR (PNG) and quit.</source>
        <translation>ドキュメント用：ウィンドウと、モデル・インポート・プロファイルの各ダイアログの画像（サンプルプロファイル使用、あなたのものは使いません）を DIR に PNG で保存して終了します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--langbot-version: “%1” is not a LangBot version (4.6, 4.9, 4.10 or a full one such as 4.10.8).</source>
        <translation>--langbot-version：「%1」は LangBot のバージョンではありません（4.6、4.9、4.10、または 4.10.8 のような完全なバージョン）。</translation>
    </message>
    <message>
        <source>LangBot version: %1</source>
        <translation>LangBot バージョン：%1</translation>
    </message>
    <message>
        <source>View-only API key: %1</source>
        <translation>閲覧専用 API キー：%1</translation>
    </message>
    <message>
        <source>User login: %1, password: %2</source>
        <translation>ユーザーログイン：%1、パスワード：%2</translation>
    </message>
    <message>
        <source>The LangBot version --demo-server speaks: 4.6, 4.9 or 4.10 (default %1).</source>
        <translation>--demo-server が応答する LangBot のバージョン：4.6、4.9 または 4.10（既定値 %1）。</translation>
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
        <translation>リクエスターの設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation>サーバープロファイル</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>プロファイル(&amp;P)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a server profile (Ctrl+N)</source>
        <translation>サーバープロファイルを追加（Ctrl+N）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the selected profile (Ctrl+D)</source>
        <translation>選択したプロファイルを複製（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected profile (Del)</source>
        <translation>選択したプロファイルを削除（Del）</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move the profile up (Ctrl+Shift+Up)</source>
        <translation>プロファイルを上へ移動（Ctrl+Shift+Up）</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Move the profile down (Ctrl+Shift+Down)</source>
        <translation>プロファイルを下へ移動（Ctrl+Shift+Down）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>例：Acme 本番</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>サーバー URL(&amp;U)：</translation>
    </message>
    <message>
        <source>A path prefix is fine when LangBot runs behind a reverse proxy, e.g. https://example.org/langbot.</source>
        <translation>LangBot がリバースプロキシの背後で動作している場合は、パスのプレフィックスを含めてもかまいません（例：https://example.org/langbot）。</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>サインイン(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>Environ&amp;ment:</source>
        <translation>環境(&amp;M)：</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>色(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the colour of this profile</source>
        <translation>このプロファイルの色を選択</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Use the environment&apos;s colour</source>
        <translation>環境の色を使用</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>リクエストのタイムアウト(&amp;R)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Test timeout:</source>
        <translation>テストのタイムアウト(&amp;T)：</translation>
    </message>
    <message>
        <source>How long a model test may take; servers wait up to about 120 s for a provider</source>
        <translation>モデルのテストにかけられる時間。サーバーはプロバイダーの応答を最大約 120 秒待ちます</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS 証明書：</translation>
    </message>
    <message>
        <source>None pinned: the system verifies the certificate</source>
        <translation>固定なし：システムが証明書を検証します</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>破棄(&amp;F)</translation>
    </message>
    <message>
        <source>Stop trusting this certificate for this profile</source>
        <translation>このプロファイルでこの証明書を信頼するのをやめます</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>接続を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Ask the server for its version and, with the secret, list its models</source>
        <translation>サーバーにバージョンを問い合わせ、シークレットがあればモデルを一覧表示します</translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation>確認をキャンセル</translation>
    </message>
    <message>
        <source>Trust Certific&amp;ate…</source>
        <translation>証明書を信頼(&amp;A)…</translation>
    </message>
    <message>
        <source>Try A&amp;gain</source>
        <translation>再試行(&amp;G)</translation>
    </message>
    <message>
        <source>Keep for This Session Onl&amp;y</source>
        <translation>このセッションのみ保持(&amp;Y)</translation>
    </message>
    <message>
        <source>Keep the secret in memory until the console quits; nothing is written to disk</source>
        <translation>コンソールを終了するまでシークレットをメモリ上に保持します。ディスクには何も書き込まれません</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Forget the unsaved changes of this profile</source>
        <translation>このプロファイルの未保存の変更を破棄します</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Server</source>
        <translation>デモサーバーを使用(&amp;D)</translation>
    </message>
    <message>
        <source>Close this dialog and show the built-in demo server, with sample models</source>
        <translation>このダイアログを閉じて、サンプルモデルを含む内蔵のデモサーバーを表示します</translation>
    </message>
    <message>
        <source>&amp;Open in Window</source>
        <translation>ウィンドウで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Close this dialog and show the models of the selected server</source>
        <translation>このダイアログを閉じて、選択したサーバーのモデルを表示します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ProfilesImportDialog</name>
    <message>
        <source>Import Profiles</source>
        <translation>プロファイルのインポート</translation>
    </message>
    <message>
        <source>Profiles hold no secrets: after the import, each new profile asks for its API key or password when it is first opened.</source>
        <translation>プロファイルにはシークレットは含まれません。インポート後、新しい各プロファイルは最初に開いたときに API キーまたはパスワードの入力を求めます。</translation>
    </message>
    <message>
        <source>Profiles in the file</source>
        <translation>ファイル内のプロファイル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>アクション(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ReplaceModelDialog</name>
    <message>
        <source>Replace:</source>
        <translation>置き換え元：</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>置き換え先(&amp;W)：</translation>
    </message>
    <message>
        <source>Its provider:</source>
        <translation>そのプロバイダー：</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Config field</source>
        <translation>設定フィールド</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Where:</source>
        <translation>保存先：</translation>
    </message>
    <message>
        <source>Stored by the system&apos;s keychain (Secret Service), never in a file</source>
        <translation>システムのキーチェーン（Secret Service）に保存され、ファイルには書き込まれません</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>キーチェーンに記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Kept in memory until the console quits</source>
        <translation>コンソールを終了するまでメモリ上に保持されます</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>このセッションのみ保持(&amp;O)</translation>
    </message>
</context>
<context>
    <name>lb::ApiCall</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <source>the credentials were refused and not renewed within %1 s</source>
        <translation>認証情報が拒否され、%1 秒以内に更新されませんでした</translation>
    </message>
    <message>
        <source>the answer is %1 MiB, more than the limit of %2 MiB</source>
        <translation>応答のサイズが %1 MiB で、上限の %2 MiB を超えています</translation>
    </message>
    <message>
        <source>the answer is larger than the limit of %1 MiB</source>
        <translation>応答のサイズが上限の %1 MiB を超えています</translation>
    </message>
    <message>
        <source>the server redirected from https to insecure %1 (%2); not followed</source>
        <translation>サーバーが https から安全でない %1（%2）へリダイレクトしました。リダイレクトには従っていません</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1); not followed, so the credentials were not sent there. Use the final address as the server URL</source>
        <translation>サーバーが別のアドレス（%1）へリダイレクトしました。認証情報をそこへ送信しないよう、リダイレクトには従っていません。最終的なアドレスをサーバー URL として使用してください</translation>
    </message>
    <message>
        <source>connection refused (is LangBot running at %1?)</source>
        <translation>接続が拒否されました（%1 で LangBot が動作していますか？）</translation>
    </message>
    <message>
        <source>unknown host “%1”</source>
        <translation>不明なホスト「%1」</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>応答が完了する前に接続が閉じられました</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>サーバーが応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection without answering; the request was not sent again (check whether the server applied it)</source>
        <translation>サーバーが応答せずに接続を閉じました。リクエストは再送信していません（サーバーで適用されたかどうかを確認してください）</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒間データがありません</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>%1 の証明書は信頼されていません：%2</translation>
    </message>
    <message>
        <source>(and it is not the certificate trusted for this profile)</source>
        <translation>（また、このプロファイルで信頼されている証明書でもありません）</translation>
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
        <translation>「data」がないか、オブジェクトではありません</translation>
    </message>
    <message>
        <source>“data.%1” is missing or has the wrong type</source>
        <translation>「data.%1」がないか、型が正しくありません</translation>
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
        <translation>サブジェクト：%1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>発行者：%1</translation>
    </message>
    <message>
        <source>valid from %1 to %2 (UTC)</source>
        <translation>有効期間：%1 ～ %2（UTC）</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>名前：%1</translation>
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
        <translation>エラーなし</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP エラー</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation>不正な応答</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>サーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>サーバーが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401)</source>
        <translation>サーバーが認証情報を拒否しました（HTTP 401）</translation>
    </message>
    <message>
        <source>permission denied (HTTP 403)</source>
        <translation>権限がありません（HTTP 403）</translation>
    </message>
    <message>
        <source>not found on the server (HTTP 404)</source>
        <translation>サーバー上に見つかりません（HTTP 404）</translation>
    </message>
    <message>
        <source>the server reported an error (HTTP %1)</source>
        <translation>サーバーがエラーを報告しました（HTTP %1）</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>サーバーがエラーを報告しました</translation>
    </message>
    <message>
        <source>[code %1]</source>
        <translation>[コード %1]</translation>
    </message>
    <message>
        <source>the answer was not what a LangBot server sends</source>
        <translation>応答が LangBot サーバーから返されるものではありませんでした</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました：%2</translation>
    </message>
    <message>
        <source>an HTML page came back instead of the LangBot API; check the server URL and its path prefix</source>
        <translation>LangBot API ではなく HTML ページが返されました。サーバー URL とパスのプレフィックスを確認してください</translation>
    </message>
    <message>
        <source>an HTML error page came back (a proxy or web server in front of LangBot?)</source>
        <translation>HTML のエラーページが返されました（LangBot の前段にプロキシや Web サーバーがありますか？）</translation>
    </message>
    <message>
        <source>an HTML page came back instead of JSON: this is not a LangBot API at that URL (check the server URL and its path prefix)</source>
        <translation>JSON ではなく HTML ページが返されました。この URL は LangBot API ではありません（サーバー URL とパスのプレフィックスを確認してください）</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>応答が空でした</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>応答が有効な JSON ではありません（%2 バイト目で%1）</translation>
    </message>
    <message>
        <source>the JSON answer has no LangBot envelope (no &quot;code&quot; field)</source>
        <translation>JSON の応答に LangBot のエンベロープがありません（&quot;code&quot; フィールドがありません）</translation>
    </message>
    <message>
        <source>%1 failed: you lack the permission %2 (HTTP 403)</source>
        <translation>%1に失敗しました：権限 %2 がありません（HTTP 403）</translation>
    </message>
    <message>
        <source>this server does not allow signing in with a password; use an API key</source>
        <translation>このサーバーはパスワードでのサインインを許可していません。API キーを使用してください</translation>
    </message>
    <message>
        <source>the server is busy (HTTP 429); try again later</source>
        <translation>サーバーが混雑しています（HTTP 429）。しばらくしてから再試行してください</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>（リクエスト ID %1）</translation>
    </message>
</context>
<context>
    <name>lb::ConnectionCheck</name>
    <message>
        <source>The profile has no user e-mail address to log in with.</source>
        <translation>このプロファイルには、サインインに使用するユーザーのメールアドレスがありません。</translation>
    </message>
    <message>
        <source>The connection check was cancelled.</source>
        <translation>接続の確認をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>lb::CredentialRequest</name>
    <message>
        <source>or keep the secret in memory for this session only.</source>
        <translation>このセッションのみシークレットをメモリ上に保持してください。</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service answers on the session D-Bus. Install and unlock one (e.g. gnome-keyring or KeePassXC with Secret Service integration), %1</source>
        <translation>キーチェーンを利用できません：セッション D-Bus で応答する Secret Service がありません。Secret Service をインストールしてロックを解除する（例：gnome-keyring、または Secret Service 連携を有効にした KeePassXC）か、%1</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring (e.g. the &quot;Login&quot; keyring) and allow LangBot Console to use it, then try again; %2</source>
        <translation>キーチェーンへのアクセスが拒否されました（%1）。キーリング（例：「ログイン」キーリング）のロックを解除し、LangBot Console による使用を許可してから再試行するか、%2</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for a password prompt: unlock it and try again, %2</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。ロックされていてパスワードの入力を待っている可能性があります。ロックを解除して再試行するか、%2</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this profile yet: enter it to continue.</source>
        <translation>このプロファイルのシークレットはまだキーチェーンに保存されていません。続行するには入力してください。</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that your keyring service is running and unlocked, then try again; %2</source>
        <translation>キーチェーンがエラーを報告しました（%1）。キーリングサービスが動作していてロックが解除されていることを確認してから再試行するか、%2</translation>
    </message>
    <message>
        <source>locked or denied</source>
        <translation>ロック中または拒否</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>The keychain request was cancelled.</source>
        <translation>キーチェーンへの要求をキャンセルしました。</translation>
    </message>
    <message>
        <source>No profile was given to read a secret for.</source>
        <translation>シークレットを読み取るプロファイルが指定されていません。</translation>
    </message>
    <message>
        <source>No profile was given to store a secret for.</source>
        <translation>シークレットを保存するプロファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Nothing to store: the secret is empty.</source>
        <translation>保存するものがありません：シークレットが空です。</translation>
    </message>
    <message>
        <source>No profile was given to remove a secret of.</source>
        <translation>シークレットを削除するプロファイルが指定されていません。</translation>
    </message>
</context>
<context>
    <name>lb::DocumentErrors</name>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>…ほか %n 件のエラー</numerusform>
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
        <translation>数値 %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>テキスト「%1」</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>not an object; the field is skipped</source>
        <translation>オブジェクトではないため、このフィールドはスキップされます</translation>
    </message>
    <message>
        <source>missing; the field is skipped</source>
        <translation>存在しないため、このフィールドはスキップされます</translation>
    </message>
    <message>
        <source>not a string; the field is skipped</source>
        <translation>文字列ではないため、このフィールドはスキップされます</translation>
    </message>
    <message>
        <source>empty; the field is skipped</source>
        <translation>空のため、このフィールドはスキップされます</translation>
    </message>
    <message>
        <source>missing; edited as raw JSON</source>
        <translation>存在しないため、生の JSON として編集します</translation>
    </message>
    <message>
        <source>not a string; edited as raw JSON</source>
        <translation>文字列ではないため、生の JSON として編集します</translation>
    </message>
    <message>
        <source>not true or false; taken as false</source>
        <translation>true でも false でもないため、false とみなします</translation>
    </message>
    <message>
        <source>missing; the option is skipped</source>
        <translation>存在しないため、このオプションはスキップされます</translation>
    </message>
    <message>
        <source>not a string; the option is skipped</source>
        <translation>文字列ではないため、このオプションはスキップされます</translation>
    </message>
    <message>
        <source>not an object; the option is skipped</source>
        <translation>オブジェクトではないため、このオプションはスキップされます</translation>
    </message>
    <message>
        <source>not a list; ignored</source>
        <translation>リストではないため、無視されます</translation>
    </message>
    <message>
        <source>the minimum is greater than the maximum; both are ignored</source>
        <translation>最小値が最大値より大きいため、両方とも無視されます</translation>
    </message>
    <message>
        <source>%1 does not fit the type &quot;%2&quot;; new records start empty</source>
        <translation>%1 は型「%2」に合わないため、新しいレコードは空の状態で始まります</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>テキストのリスト</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 was stored as %2 and is read as %3.</source>
        <translation>%1 は %2 として保存されており、%3 として読み込まれます。</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not %3; it is edited as raw JSON.</source>
        <translation>%1 には %3 ではない %2 が格納されているため、生の JSON として編集します。</translation>
    </message>
    <message>
        <source>%1 is not set in this record; the default is shown.</source>
        <translation>%1 はこのレコードに設定されていないため、既定値を表示しています。</translation>
    </message>
    <message>
        <source>%1 is not set in this record.</source>
        <translation>%1 はこのレコードに設定されていません。</translation>
    </message>
    <message>
        <source>%1 must be a text.</source>
        <translation>%1 はテキストである必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 は整数である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 は数値である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 は true または false である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a list of texts.</source>
        <translation>%1 はテキストのリストである必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 は「%3」ではなく、%2 のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a web address that starts with http:// or https:// and names a host, such as https://api.example.com/v1.</source>
        <translation>%1 は http:// または https:// で始まり、ホスト名を含む Web アドレス（例：https://api.example.com/v1）である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 は %2 ではなく、整数である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 は %2 から %3 の範囲である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 は %2 以上である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 は %2 以下である必要があります。</translation>
    </message>
    <message>
        <source>%1: item %2 must be a text.</source>
        <translation>%1：項目 %2 はテキストである必要があります。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 は有効な JSON ではありません：%2。</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1（%2 文字目）</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>値が複数あります</translation>
    </message>
</context>
<context>
    <name>lb::I18nText</name>
    <message>
        <source>not a text or a map of translations</source>
        <translation>テキストでも翻訳のマップでもありません</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>文字列ではありません</translation>
    </message>
</context>
<context>
    <name>lb::ImportPlan</name>
    <message>
        <source>no keys</source>
        <translation>キーなし</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>キー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（設定済み）</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（変更あり）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（変更あり）</translation>
    </message>
    <message>
        <source>%1 models on the server are named &quot;%2&quot;: choose the one to update, or create a new one</source>
        <translation>サーバー上に「%2」という名前のモデルが %1 個あります。更新するモデルを選択するか、新規に作成してください</translation>
    </message>
    <message>
        <source>no model with this uuid or name on the server</source>
        <translation>この UUID または名前のモデルはサーバー上にありません</translation>
    </message>
    <message>
        <source>no model named &quot;%1&quot; on the server</source>
        <translation>「%1」という名前のモデルはサーバー上にありません</translation>
    </message>
    <message>
        <source>matched by uuid</source>
        <translation>UUID で一致</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>名前で一致</translation>
    </message>
    <message>
        <source>models[%1] already matches the same server model (%2)</source>
        <translation>models[%1] はすでに同じサーバーモデル（%2）に一致しています</translation>
    </message>
    <message>
        <source>the server&apos;s model uses the requester &quot;%1&quot;, the document&apos;s &quot;%2&quot;; an update cannot change it (%3)</source>
        <translation>サーバーのモデルはリクエスター「%1」、ドキュメントのモデルは「%2」を使用しています。更新では変更できません（%3）</translation>
    </message>
    <message>
        <source>identical to the server&apos;s model (%1)</source>
        <translation>サーバーのモデルと同一です（%1）</translation>
    </message>
    <message>
        <source>differs from the server&apos;s model (%1)</source>
        <translation>サーバーのモデルと異なります（%1）</translation>
    </message>
    <message>
        <source>exists on the server and differs (%1); the on-conflict policy is skip</source>
        <translation>サーバー上に存在し、内容が異なります（%1）。競合時のポリシー（on-conflict）は skip です</translation>
    </message>
    <message>
        <source>a model named &quot;%1&quot; exists on the server already; this creates a second one</source>
        <translation>「%1」という名前のモデルはすでにサーバー上に存在します。2 つ目のモデルが作成されます</translation>
    </message>
    <message>
        <source>the document carries no API keys: the model is created without keys unless keys are supplied</source>
        <translation>ドキュメントに API キーが含まれていません。キーを指定しない限り、モデルはキーなしで作成されます</translation>
    </message>
    <message>
        <source>the requester stays &quot;%1&quot;: a saved model&apos;s requester cannot change (the document says &quot;%2&quot;)</source>
        <translation>リクエスターは「%1」のままです。保存済みモデルのリクエスターは変更できません（ドキュメントでは「%2」）</translation>
    </message>
    <message>
        <source>the source server masked the API keys (&quot;***&quot;); they were not exported</source>
        <translation>エクスポート元のサーバーが API キーをマスクしていた（&quot;***&quot;）ため、キーはエクスポートされていません</translation>
    </message>
    <message>
        <source>no such row</source>
        <translation>該当する行がありません</translation>
    </message>
    <message>
        <source>several server models have this name: choose the one to update first</source>
        <translation>この名前のサーバーモデルが複数あります。先に更新するモデルを選択してください</translation>
    </message>
    <message>
        <source>there is no server model to update: create it instead</source>
        <translation>更新するサーバーモデルがありません。代わりに作成してください</translation>
    </message>
    <message>
        <source>no model with the uuid &quot;%1&quot; on the server</source>
        <translation>UUID「%1」のモデルはサーバー上にありません</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>作成 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without keys)</source>
        <translation>
            <numerusform>（うちキーなし %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>更新 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>スキップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets left out of the export are created without a value: %1</source>
        <translation>エクスポート時に除外された機密情報は値なしで作成されます：%1</translation>
    </message>
    <message>
        <source>the server&apos;s provider &quot;%1&quot; has the same requester, base URL and keys</source>
        <translation>サーバーのプロバイダー「%1」はリクエスター、ベース URL、キーが同じです</translation>
    </message>
    <message>
        <source>no provider on the server has this requester, base URL and keys</source>
        <translation>このリクエスター、ベース URL、キーを持つプロバイダーはサーバーにありません</translation>
    </message>
    <message>
        <source>the document carries no API keys: the provider is created without keys</source>
        <translation>ドキュメントに API キーがありません: プロバイダーはキーなしで作成されます</translation>
    </message>
    <message>
        <source>model type “%1”: LangBot 4.0–4.6 has LLM models only</source>
        <translation>モデルタイプ「%1」: LangBot 4.0–4.6 は LLM モデルのみです</translation>
    </message>
    <message>
        <source>no %1 model named &quot;%2&quot; on the server</source>
        <translation>サーバーに「%2」という名前の %1 モデルはありません</translation>
    </message>
    <message>
        <source>(new provider &quot;%1&quot;)</source>
        <translation>(新しいプロバイダー「%1」)</translation>
    </message>
    <message>
        <source>the target server cannot hold: %1</source>
        <translation>移行先サーバーが保持できない項目: %1</translation>
    </message>
    <message>
        <source>the server&apos;s provider &quot;%1&quot; has the same requester and base URL (the document carries no keys)</source>
        <translation>サーバーのプロバイダー「%1」はリクエスターとベース URL が同じです（ドキュメントにキーは含まれていません）</translation>
    </message>
</context>
<context>
    <name>lb::ImportReport</name>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Import report (%1)</source>
        <translation>インポートレポート（%1）</translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation>ソースファイル：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>インポート先：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始：%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>終了：%1</translation>
    </message>
    <message>
        <source>Result: %1 created, %2 updated, %3 skipped, %4 failed</source>
        <translation>結果：作成 %1 件、更新 %2 件、スキップ %3 件、失敗 %4 件</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>プロバイダー %1</translation>
    </message>
</context>
<context>
    <name>lb::ImportRunner</name>
    <message>
        <source>no API keys sent; add them before the model is used</source>
        <translation>API キーは送信されていません。モデルを使用する前に追加してください</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>適用されませんでした：%1</translation>
    </message>
    <message>
        <source>the import was cancelled before this model was sent</source>
        <translation>このモデルの送信前にインポートがキャンセルされました</translation>
    </message>
    <message>
        <source>the connection to the server was closed</source>
        <translation>サーバーへの接続が閉じられました</translation>
    </message>
    <message>
        <source>the request ended without an answer; check the server&apos;s model list</source>
        <translation>リクエストが応答なしで終了しました。サーバーのモデル一覧を確認してください</translation>
    </message>
    <message>
        <source>the import stopped before this provider was created</source>
        <translation>このプロバイダーが作成される前にインポートが停止しました</translation>
    </message>
    <message>
        <source>The server saved the provider &quot;%1&quot; (%2) anyway; delete it before importing again.</source>
        <translation>サーバーはそれでもプロバイダー「%1」(%2) を保存しました。再度インポートする前に削除してください。</translation>
    </message>
    <message>
        <source>its provider &quot;%1&quot; could not be created</source>
        <translation>プロバイダー「%1」を作成できませんでした</translation>
    </message>
    <message>
        <source>The server saved the model &quot;%1&quot; (%2) anyway; delete it before importing again.</source>
        <translation>サーバーはそれでもモデル &quot;%1&quot; (%2) を保存しました。もう一度インポートする前に削除してください。</translation>
    </message>
    <message>
        <source>model “%1” (%2)</source>
        <translation>モデル「%1」(%2)</translation>
    </message>
    <message>
        <source>provider “%1” (%2)</source>
        <translation>プロバイダー「%1」(%2)</translation>
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
        <translation>ブール値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>lb::LlmModel</name>
    <message>
        <source>a model must be a JSON object, got %1</source>
        <translation>モデルは JSON オブジェクトである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>the model has no &quot;uuid&quot; field</source>
        <translation>モデルに &quot;uuid&quot; フィールドがありません</translation>
    </message>
    <message>
        <source>the model&apos;s &quot;uuid&quot; must be a string, got %1</source>
        <translation>モデルの &quot;uuid&quot; は文字列である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>the model&apos;s &quot;uuid&quot; is empty</source>
        <translation>モデルの &quot;uuid&quot; が空です</translation>
    </message>
</context>
<context>
    <name>lb::LlmTableModel</name>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
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
        <translation>✓ OK</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Waiting for a free test slot</source>
        <translation>空きテストスロットを待っています</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Test succeeded in %1 ms</source>
        <translation>テストに成功しました（%1 ms）</translation>
    </message>
    <message>
        <source>Test succeeded</source>
        <translation>テストに成功しました</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>テストに失敗しました</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>テストをキャンセルしました</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>API キー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新日時：%1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成日時：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>リクエスター</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>最終テスト</translation>
    </message>
    <message>
        <source>Number of API keys (keys themselves are never shown)</source>
        <translation>API キーの数（キー自体は表示されません）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>リランク</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>hidden by the server</source>
        <translation>サーバーにより非表示</translation>
    </message>
    <message>
        <source>The server hides this address (no secret permission)</source>
        <translation>サーバーがこのアドレスを隠しています（シークレット権限なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s), hidden by the server (no secret permission)</source>
        <translation>
            <numerusform>API キー %n 個、サーバーにより非表示（シークレット権限なし）</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>Where the models are used has not been read.</source>
        <translation>モデルの使用箇所はまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>How many pipelines use the model (as primary, fallback or rerank model, or through a knowledge base)</source>
        <translation>モデルを使うパイプラインの数（プライマリ、フォールバック、リランクモデルとして、またはナレッジベース経由で）</translation>
    </message>
    <message>
        <source>No pipeline or knowledge base uses this model.</source>
        <translation>このモデルを使うパイプラインやナレッジベースはありません。</translation>
    </message>
    <message>
        <source> (reasoning: %1)</source>
        <translation>（推論：%1）</translation>
    </message>
    <message>
        <source>no bot runs this pipeline</source>
        <translation>このパイプラインを実行しているボットなし</translation>
    </message>
    <message>
        <source>bots: %1</source>
        <translation>ボット：%1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n pipeline(s):</source>
        <translation>
            <numerusform>%n 個のパイプラインで使用：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ModelEdits</name>
    <message>
        <source>copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（コピー %2）</translation>
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
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>bots</source>
        <translation>ボット</translation>
    </message>
    <message>
        <source>knowledge bases</source>
        <translation>ナレッジベース</translation>
    </message>
    <message>
        <source>The %1 could not be read (%2): uses through them are not known.</source>
        <translation>%1 を読み取れませんでした（%2）：それらを通じた使用状況は不明です。</translation>
    </message>
    <message>
        <source>primary model of pipeline %1</source>
        <translation>パイプライン %1 のメインモデル</translation>
    </message>
    <message>
        <source>fallback %1 of pipeline %2</source>
        <translation>パイプライン %2 のフォールバック %1</translation>
    </message>
    <message>
        <source>rerank model of pipeline %1</source>
        <translation>パイプライン %1 のリランクモデル</translation>
    </message>
    <message>
        <source>embedding model of knowledge base %1 (no pipeline searches it)</source>
        <translation>ナレッジベース %1 の埋め込みモデル（検索するパイプラインなし）</translation>
    </message>
    <message>
        <source>embedding model of knowledge base %1, searched by pipeline %2</source>
        <translation>ナレッジベース %1 の埋め込みモデル（パイプライン %2 が検索）</translation>
    </message>
    <message>
        <source>no bot runs it</source>
        <translation>実行しているボットなし</translation>
    </message>
    <message>
        <source>bots %1</source>
        <translation>ボット %1</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and has no fallback left (no bot runs it).</source>
        <translation>パイプライン %1 はモデル %2 を失い、残るフォールバックがありません（実行しているボットなし）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and has no fallback left: bots %3 stop answering.</source>
        <translation>パイプライン %1 はモデル %2 を失い、残るフォールバックがありません：ボット %3 は応答しなくなります。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and answers from fallback %3 (%4).</source>
        <translation>パイプライン %1 はモデル %2 を失い、フォールバック %3 で応答します（%4）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its fallback %2 (%3).</source>
        <translation>パイプライン %1 はフォールバック %2 を失います（%3）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its rerank model %2: its answers get worse without any error (%3).</source>
        <translation>パイプライン %1 はリランクモデル %2 を失います：エラーなしに応答の質が下がります（%3）。</translation>
    </message>
    <message>
        <source>Knowledge base %1 loses its embedding model %2: it must be recreated and its documents added again.</source>
        <translation>ナレッジベース %1 は埋め込みモデル %2 を失います：作り直してドキュメントを追加し直す必要があります。</translation>
    </message>
    <message>
        <source>Knowledge base %1 loses its embedding model %2: it must be recreated and its documents added again; pipeline %3 searches it (%4).</source>
        <translation>ナレッジベース %1 は埋め込みモデル %2 を失います：作り直してドキュメントを追加し直す必要があります。パイプライン %3 が検索しています（%4）。</translation>
    </message>
</context>
<context>
    <name>lb::ModelsDocument</name>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>missing; every model needs a %1</source>
        <translation>存在しません。すべてのモデルに %1 が必要です</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <source>expected a list of keys or a {&quot;not_exported&quot;: true} marker, got an object without &quot;not_exported&quot;: true</source>
        <translation>キーのリストまたは {&quot;not_exported&quot;: true} マーカーが必要ですが、&quot;not_exported&quot;: true を含まないオブジェクトでした</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>0 以上の整数</translation>
    </message>
    <message>
        <source>a list of keys</source>
        <translation>キーのリスト</translation>
    </message>
    <message>
        <source>a string or a key group object</source>
        <translation>文字列またはキーグループのオブジェクト</translation>
    </message>
    <message>
        <source>missing; a key group needs a &quot;keys&quot; list</source>
        <translation>存在しません。キーグループには &quot;keys&quot; リストが必要です</translation>
    </message>
    <message>
        <source>not a valid URL: &quot;%1&quot;</source>
        <translation>有効な URL ではありません：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a list of models</source>
        <translation>モデルのリスト</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>空でない文字列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of an earlier provider</source>
        <translation>「%1」は前のプロバイダーの ID です</translation>
    </message>
    <message>
        <source>expected &quot;llm&quot;, &quot;embedding&quot; or &quot;rerank&quot;</source>
        <translation>&quot;llm&quot;、&quot;embedding&quot;、&quot;rerank&quot; のいずれかが必要です</translation>
    </message>
    <message>
        <source>the id of one of &quot;providers&quot;</source>
        <translation>&quot;providers&quot; のいずれかの ID</translation>
    </message>
    <message>
        <source>no provider with the id &quot;%1&quot;</source>
        <translation>ID「%1」のプロバイダーはありません</translation>
    </message>
    <message>
        <source>a list of providers</source>
        <translation>プロバイダーのリスト</translation>
    </message>
</context>
<context>
    <name>lb::Permissions</name>
    <message>
        <source>the server has no roles: everything is allowed</source>
        <translation>サーバーにロールがありません：すべて許可されています</translation>
    </message>
    <message>
        <source>read from the server</source>
        <translation>サーバーから読み取りました</translation>
    </message>
    <message>
        <source>not told by the server: all assumed, refusals are reported</source>
        <translation>サーバーが通知しません：すべて許可と仮定し、拒否は報告します</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>まだ検出されていません</translation>
    </message>
</context>
<context>
    <name>lb::Profile</name>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>ステージング</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Name: enter a name for this profile.</source>
        <translation>名前：このプロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Server URL: enter the address of the LangBot server, e.g. http://127.0.0.1:5300 or https://langbot.example.org.</source>
        <translation>サーバー URL：LangBot サーバーのアドレスを入力してください（例：http://127.0.0.1:5300、https://langbot.example.org）。</translation>
    </message>
    <message>
        <source>Server URL: &quot;%1&quot; is not a valid address; use e.g. https://langbot.example.org.</source>
        <translation>サーバー URL：「%1」は有効なアドレスではありません。https://langbot.example.org のような形式で指定してください。</translation>
    </message>
    <message>
        <source>Server URL: use an address starting with http:// or https://.</source>
        <translation>サーバー URL：http:// または https:// で始まるアドレスを使用してください。</translation>
    </message>
    <message>
        <source>Server URL: the address has no host name; use e.g. https://langbot.example.org.</source>
        <translation>サーバー URL：アドレスにホスト名がありません。https://langbot.example.org のような形式で指定してください。</translation>
    </message>
    <message>
        <source>Server URL: remove the user name and password from the address; secrets are kept in the keychain, never in the profile.</source>
        <translation>サーバー URL：アドレスからユーザー名とパスワードを削除してください。シークレットはプロファイルではなく、キーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Server URL: remove the part after &quot;?&quot; or &quot;#&quot;; the address is only scheme, host, port and an optional path prefix.</source>
        <translation>サーバー URL：「?」または「#」以降の部分を削除してください。アドレスに指定できるのは、スキーム、ホスト、ポート、および任意のパスプレフィックスのみです。</translation>
    </message>
    <message>
        <source>User e-mail: enter the e-mail address of the LangBot account to sign in with.</source>
        <translation>ユーザーのメールアドレス：サインインに使用する LangBot アカウントのメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Timeout: enter between %1 and %2 seconds.</source>
        <translation>タイムアウト：%1 ～ %2 秒の範囲で入力してください。</translation>
    </message>
    <message>
        <source>Test timeout: enter between %1 and %2 seconds.</source>
        <translation>テストのタイムアウト：%1 ～ %2 秒の範囲で入力してください。</translation>
    </message>
    <message>
        <source>Colour: use the form #rrggbb, or leave it empty for the environment&apos;s colour.</source>
        <translation>色：#rrggbb の形式で指定するか、環境の色を使用する場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Pinned certificate: enter the SHA-256 fingerprint as 64 hexadecimal digits, or leave it empty to use the system&apos;s certificate checks only.</source>
        <translation>固定する証明書：SHA-256 フィンガープリントを 64 桁の 16 進数で入力するか、システムの証明書チェックのみを使用する場合は空欄のままにしてください。</translation>
    </message>
</context>
<context>
    <name>lb::ProfileJsonFile</name>
    <message>
        <source>cannot write a %1 file without a profile</source>
        <translation>プロファイルがないため %1 ファイルを書き込めません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>開けません：%1</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>%1 バイトを超えています</translation>
    </message>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>%1 バイト目で JSON ではありません：%2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected the format &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>形式は &quot;%1&quot; が必要ですが、&quot;%2&quot; でした</translation>
    </message>
    <message>
        <source>version %1 is not one this console reads (1 to %2)</source>
        <translation>バージョン %1 はこのコンソールでは読めません（1～%2）</translation>
    </message>
</context>
<context>
    <name>lb::ProfileStore</name>
    <message>
        <source>Profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
</context>
<context>
    <name>lb::ProfilesDocument</name>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a list of profiles</source>
        <translation>プロファイルのリスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>missing; every profile needs a %1</source>
        <translation>存在しません。すべてのプロファイルに %1 が必要です</translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation>秒数（整数）</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; or &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>&quot;%1&quot; または &quot;%2&quot; が必要ですが、&quot;%3&quot; でした</translation>
    </message>
    <message>
        <source>expected one of development, staging, production, other; got &quot;%1&quot;</source>
        <translation>development、staging、production、other のいずれかが必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 already; profile names must be unique</source>
        <translation>「%1」はすでに %2 で使用されています。プロファイル名は一意である必要があります</translation>
    </message>
</context>
<context>
    <name>lb::Provider</name>
    <message>
        <source>a provider must be a JSON object, got %1</source>
        <translation>プロバイダーは JSON オブジェクトである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>the provider has no &quot;uuid&quot; field</source>
        <translation>プロバイダーに &quot;uuid&quot; フィールドがありません</translation>
    </message>
    <message>
        <source>the provider&apos;s &quot;uuid&quot; must be a string, got %1</source>
        <translation>プロバイダーの &quot;uuid&quot; は文字列である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>the provider&apos;s &quot;uuid&quot; is empty</source>
        <translation>プロバイダーの &quot;uuid&quot; が空です</translation>
    </message>
</context>
<context>
    <name>lb::ProviderListModel</name>
    <message>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>The models of every provider</source>
        <translation>すべてのプロバイダーのモデル</translation>
    </message>
    <message>
        <source>%1 (%2): implied by its models; this server has no providers</source>
        <translation>%1（%2）：モデルから推定。このサーバーにはプロバイダーがありません</translation>
    </message>
    <message>
        <source>The server hides the credentials in this URL (no secret permission).</source>
        <translation>サーバーがこの URL の認証情報を隠しています（シークレット権限なし）。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), hidden by the server (no secret permission)</source>
        <translation>
            <numerusform>%n 個のキー、サーバーにより非表示（シークレット権限なし）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 個のキー</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>リランク</translation>
    </message>
    <message>
        <source>hidden by the server</source>
        <translation>サーバーにより非表示</translation>
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
        <translation>旧モデルと新モデルが同じモデル（%1）です：置き換えるものはありません。</translation>
    </message>
    <message>
        <source>%1 is a model of type %2 and %3 of type %4: a model can only be replaced by one of the same type.</source>
        <translation>%1 は種類 %2 のモデルで、%3 は種類 %4 です：モデルは同じ種類のモデルでのみ置き換えられます。</translation>
    </message>
    <message>
        <source>primary model: %1 → %2</source>
        <translation>プライマリモデル：%1 → %2</translation>
    </message>
    <message>
        <source>model (a plain uuid, kept as one): %1 → %2</source>
        <translation>モデル（プレーンな uuid 文字列、文字列のまま）：%1 → %2</translation>
    </message>
    <message>
        <source>fallback %1: %2 → %3</source>
        <translation>フォールバック %1：%2 → %3</translation>
    </message>
    <message>
        <source>fallback %1: %2 removed, the new model is already the primary model or a fallback</source>
        <translation>フォールバック %1：%2 を削除、新モデルはすでにプライマリモデルかフォールバックです</translation>
    </message>
    <message>
        <source>reasoning level %1: moves from %2 to %3</source>
        <translation>推論レベル %1：%2 から %3 へ移動</translation>
    </message>
    <message>
        <source>reasoning: %1 keeps its own level %2; the level %3 of %4 is removed</source>
        <translation>推論：%1 は自身のレベル %2 を保持；%4 のレベル %3 は削除されます</translation>
    </message>
    <message>
        <source>rerank model: %1 → %2</source>
        <translation>リランクモデル：%1 → %2</translation>
    </message>
    <message>
        <source>Knowledge base %1 embeds with %2: it is not changed; it must be recreated with %3 and its documents added again.</source>
        <translation>ナレッジベース %1 は %2 で埋め込みます：変更されません。%3 で作り直し、ドキュメントを追加し直す必要があります。</translation>
    </message>
    <message>
        <source>Knowledge base %1 embeds with %2: it is not changed; it must be recreated with %3 and its documents added again (searched by %4).</source>
        <translation>ナレッジベース %1 は %2 で埋め込みます：変更されません。%3 で作り直し、ドキュメントを追加し直す必要があります（%4 が検索）。</translation>
    </message>
    <message>
        <source>LangBot 4.0–4.6 servers have no pipelines that name models: there is nothing to replace.</source>
        <translation>LangBot 4.0–4.6 サーバーにはモデルを参照するパイプラインがありません：置き換えるものはありません。</translation>
    </message>
</context>
<context>
    <name>lb::ReplaceRunner</name>
    <message>
        <source>A replacement is running already.</source>
        <translation>置き換えはすでに実行中です。</translation>
    </message>
    <message>
        <source>Changing pipelines needs the permission %1, which this key or account does not have: nothing was sent.</source>
        <translation>パイプラインの変更には権限 %1 が必要ですが、このキーまたはアカウントにはありません：何も送信していません。</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent for this pipeline.</source>
        <translation>キャンセル：このパイプラインにはこれ以上何も送信していません。</translation>
    </message>
    <message>
        <source>Skipped: the pipeline no longer names the old model (changed on the server since the plan); nothing was sent.</source>
        <translation>スキップ：パイプラインはもう旧モデルを参照していません（計画の後にサーバーで変更）。何も送信していません。</translation>
    </message>
    <message>
        <source>Skipped: the pipeline changed on the server since the plan and names the old model elsewhere now; nothing was sent. Make the plan again.</source>
        <translation>スキップ：パイプラインは計画の後にサーバーで変更され、旧モデルを別の場所で参照しています。何も送信していません。計画を作り直してください。</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n field(s).</source>
        <translation>
            <numerusform>変更：%n 個のフィールド。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::RequesterSchema</name>
    <message>
        <source>missing</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>not an object (%1); the requester is skipped</source>
        <translation>オブジェクトではない（%1）ため、このリクエスターはスキップされます</translation>
    </message>
    <message>
        <source>missing; the requester is skipped</source>
        <translation>存在しないため、このリクエスターはスキップされます</translation>
    </message>
    <message>
        <source>not a string; the requester is skipped</source>
        <translation>文字列ではないため、このリクエスターはスキップされます</translation>
    </message>
    <message>
        <source>empty; the requester is skipped</source>
        <translation>空のため、このリクエスターはスキップされます</translation>
    </message>
    <message>
        <source>not a string; ignored</source>
        <translation>文字列ではないため、無視されます</translation>
    </message>
    <message>
        <source>missing; the requester has no fields</source>
        <translation>存在しないため、このリクエスターにはフィールドがありません</translation>
    </message>
    <message>
        <source>not an object; the requester has no fields</source>
        <translation>オブジェクトではないため、このリクエスターにはフィールドがありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a field; the repeat is skipped</source>
        <translation>「%1」はすでにフィールドとして存在するため、重複はスキップされます</translation>
    </message>
    <message>
        <source>not a list; the requester has no fields</source>
        <translation>リストではないため、このリクエスターにはフィールドがありません</translation>
    </message>
    <message>
        <source>not a list; ignored</source>
        <translation>リストではないため、無視されます</translation>
    </message>
    <message>
        <source>LangBot describes requester settings only to a signed-in user, and this profile uses an API key (no copy from an earlier sign-in is saved).</source>
        <translation>LangBot はサインインしたユーザーにのみリクエスターの設定内容を提供しますが、このプロファイルは API キーを使用しています（以前のサインイン時のコピーも保存されていません）。</translation>
    </message>
    <message>
        <source>The server cannot be reached and no saved copy of its requester settings exists.</source>
        <translation>サーバーに接続できず、リクエスター設定の保存済みコピーもありません。</translation>
    </message>
    <message>
        <source>The server does not describe the requester &quot;%1&quot;.</source>
        <translation>サーバーはリクエスター「%1」の設定内容を提供していません。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched.</source>
        <translation>リクエスターの設定を取得できませんでした。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Only the base URL and the timeout have their own fields; the other settings are edited as JSON.</source>
        <translation>専用のフィールドがあるのはベース URL とタイムアウトのみです。その他の設定は JSON として編集します。</translation>
    </message>
    <message>
        <source>the answer is %1, not an object with &quot;requesters&quot;</source>
        <translation>応答が %1 で、&quot;requesters&quot; を含むオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1, not a list</source>
        <translation>%1 で、リストではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed already; the repeat is skipped</source>
        <translation>「%1」はすでに一覧にあるため、重複はスキップされます</translation>
    </message>
    <message>
        <source>the answer is %1, not an object with &quot;requester&quot;</source>
        <translation>応答が %1 で、&quot;requester&quot; を含むオブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>lb::ScanAddRunner</name>
    <message>
        <source>the connection to the server was closed</source>
        <translation>サーバーとの接続が閉じられました</translation>
    </message>
    <message>
        <source>needs the permission %1</source>
        <translation>権限 %1 が必要です</translation>
    </message>
    <message>
        <source>the provider is no longer on the server</source>
        <translation>このプロバイダーはサーバーにもうありません</translation>
    </message>
    <message>
        <source>the provider could not be read: %1</source>
        <translation>プロバイダーを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>送信前にキャンセルされました</translation>
    </message>
    <message>
        <source>the server&apos;s type &quot;%1&quot; is unknown to this console</source>
        <translation>サーバーの種類「%1」はこのコンソールでは不明です</translation>
    </message>
    <message>
        <source>the request ended without an answer; check the model list</source>
        <translation>応答がないまま要求が終了しました。モデル一覧を確認してください</translation>
    </message>
    <message>
        <source>The server saved the model anyway (%1): delete it, or check the provider.</source>
        <translation>サーバーはそれでもモデルを保存しました（%1）。削除するか、プロバイダーを確認してください。</translation>
    </message>
</context>
<context>
    <name>lb::ScannedModelList</name>
    <message>
        <source>Already added</source>
        <translation>追加済み</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>追加中…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加しました</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未追加</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>A model of this provider already has this name and type</source>
        <translation>このプロバイダーには同じ名前と種類のモデルが既にあります</translation>
    </message>
    <message>
        <source>The server says a model of this provider already has this name</source>
        <translation>サーバーによると、このプロバイダーには同じ名前のモデルが既にあります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>lb::SchemaSource</name>
    <message>
        <source>LangBot describes requester settings only to a signed-in user, and this profile uses an API key.</source>
        <translation>LangBot はサインインしたユーザーにのみリクエスターの設定内容を提供しますが、このプロファイルは API キーを使用しています。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>サーバーに接続できません。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched.</source>
        <translation>リクエスターの設定を取得できませんでした。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched: %1</source>
        <translation>リクエスターの設定を取得できませんでした：%1</translation>
    </message>
    <message>
        <source>%1 The forms follow the copy of the requester settings saved on %2.</source>
        <translation>%1 フォームは %2 に保存されたリクエスター設定のコピーに基づいています。</translation>
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
        <translation>LangBot 4.10.7 以降</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>lb::ServerWorkspace</name>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The LLM models could not be listed (the other types are shown): %1</source>
        <translation>LLM モデルを一覧できませんでした（他の種類は表示されています）：%1</translation>
    </message>
    <message>
        <source>The embedding models could not be listed (the other types are shown): %1</source>
        <translation>埋め込みモデルを一覧できませんでした（他の種類は表示されています）：%1</translation>
    </message>
    <message>
        <source>The rerank models could not be listed (the other types are shown): %1</source>
        <translation>リランクモデルを一覧できませんでした（他の種類は表示されています）：%1</translation>
    </message>
    <message>
        <source>The providers could not be listed: %1</source>
        <translation>プロバイダーを一覧できませんでした：%1</translation>
    </message>
    <message>
        <source>“%1” was not deleted: the credentials lack the permission %2 (nothing was sent)</source>
        <translation>「%1」は削除されませんでした：資格情報に権限 %2 がありません（何も送信されていません）</translation>
    </message>
</context>
<context>
    <name>lb::Session</name>
    <message>
        <source>No API key is stored for this profile yet.</source>
        <translation>このプロファイルの API キーはまだ保存されていません。</translation>
    </message>
    <message>
        <source>No password is stored for this profile yet.</source>
        <translation>このプロファイルのパスワードはまだ保存されていません。</translation>
    </message>
    <message>
        <source>The keychain could not be read.</source>
        <translation>キーチェーンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>サーバーがユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The server ended the session. Enter the password to log in again.</source>
        <translation>サーバーがセッションを終了しました。再度サインインするにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain; it is kept in memory for this session only.</source>
        <translation>シークレットをキーチェーンに保存できませんでした。このセッションの間のみメモリ上に保持されます。</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API キーが空です。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>パスワードが空です。</translation>
    </message>
</context>
<context>
    <name>lb::TestRunner</name>
    <message>
        <source>Not tested: the credentials lack the permission %1 (nothing was sent)</source>
        <translation>テストしませんでした：資格情報に権限 %1 がありません（何も送信されていません）</translation>
    </message>
</context>
<context>
    <name>lb::TransferDocument</name>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>not an ISO-8601 time: &quot;%1&quot;</source>
        <translation>ISO-8601 形式の時刻ではありません：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>存在しません。%1が必要です</translation>
    </message>
</context>
<context>
    <name>lb::TransferJson</name>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが、%2 でした</translation>
    </message>
    <message>
        <source>not JSON: line %1, column %2: %3</source>
        <translation>JSON ではありません：%1 行 %2 列：%3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top, got %1</source>
        <translation>最上位には JSON オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>missing; this is not a langbot-console document (expected &quot;%1&quot;)</source>
        <translation>存在しません。これは langbot-console のドキュメントではありません（&quot;%1&quot; が必要です）</translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; document, expected &quot;%2&quot;</source>
        <translation>これは &quot;%1&quot; ドキュメントです。&quot;%2&quot; が必要です</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; が必要ですが、&quot;%2&quot; でした</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more, got %1</source>
        <translation>1 以上の整数が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>unsupported version %1; this console reads version %2 (a newer langbot-console wrote this file)</source>
        <translation>サポートされていないバージョン %1 です。このコンソールが読み込めるのはバージョン %2 です（このファイルは新しい langbot-console で作成されています）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 is too large for an export (%2 bytes; the limit is %3)</source>
        <translation>%1 はエクスポートとしては大きすぎます（%2 バイト。上限は %3）</translation>
    </message>
    <message>
        <source>%1 is too large for an export (the limit is %2 bytes)</source>
        <translation>%1 はエクスポートとしては大きすぎます（上限は %2 バイト）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>lb::UsageLoader</name>
    <message>
        <source>LangBot 4.0–4.6 servers keep no model references this console can read: where a model is used is not known.</source>
        <translation>LangBot 4.0–4.6 のサーバーには、このコンソールが読めるモデル参照がありません：モデルの使用箇所は不明です。</translation>
    </message>
</context>
<context>
    <name>lb::WriteBodies</name>
    <message>
        <source>A test of an unsaved model needs the provider&apos;s real API keys, and they are masked (***): enter them, or read the provider with the permission to see secrets.</source>
        <translation>未保存のモデルのテストにはプロバイダーの実際の API キーが必要ですが、マスクされています (***)。キーを入力するか、シークレットを閲覧できる権限でプロバイダーを読み込んでください。</translation>
    </message>
    <message>
        <source>The provider&apos;s base URL is masked (***): enter it in full.</source>
        <translation>プロバイダーのベース URL はマスクされています (***)。完全な URL を入力してください。</translation>
    </message>
    <message>
        <source>This server has no %1 models.</source>
        <translation>このサーバーには %1 モデルがありません。</translation>
    </message>
    <message>
        <source>The model has no name.</source>
        <translation>モデルに名前がありません。</translation>
    </message>
    <message>
        <source>The model has no provider: choose one.</source>
        <translation>モデルにプロバイダーがありません。選択してください。</translation>
    </message>
    <message>
        <source>The extra parameter &quot;%1&quot; is masked (***): enter its value.</source>
        <translation>追加パラメーター &quot;%1&quot; はマスクされています (***)。値を入力してください。</translation>
    </message>
    <message>
        <source>The reasoning level &quot;%1&quot; needs the reasoning ability: turn it on, or set the level to provider_default.</source>
        <translation>推論レベル &quot;%1&quot; には reasoning 機能が必要です。有効にするか、レベルを provider_default にしてください。</translation>
    </message>
    <message>
        <source>The reasoning level &quot;%1&quot; is not one this model offers (%2).</source>
        <translation>推論レベル &quot;%1&quot; はこのモデルが提供するレベル (%2) にありません。</translation>
    </message>
    <message>
        <source>The extra parameter &quot;%1&quot; sets reasoning too: remove it, or set the reasoning level to provider_default.</source>
        <translation>追加パラメーター &quot;%1&quot; も推論を設定しています。削除するか、推論レベルを provider_default にしてください。</translation>
    </message>
    <message>
        <source>LangBot 4.0–4.6 servers have no providers: the models carry their own requester and keys.</source>
        <translation>LangBot 4.0–4.6 のサーバーにはプロバイダーがありません。モデルが自身のリクエスターとキーを持ちます。</translation>
    </message>
    <message>
        <source>The provider has no name.</source>
        <translation>プロバイダーに名前がありません。</translation>
    </message>
    <message>
        <source>The provider has no requester: choose one.</source>
        <translation>プロバイダーにリクエスターがありません。選択してください。</translation>
    </message>
    <message>
        <source>A new provider cannot keep a masked key (***): enter the key itself.</source>
        <translation>新しいプロバイダーはマスクされたキー (***) を保持できません。キーそのものを入力してください。</translation>
    </message>
    <message>
        <source>This server does not mask keys: &quot;***&quot; would be saved as the key itself. Enter the key.</source>
        <translation>このサーバーはキーをマスクしません。&quot;***&quot; がキーそのものとして保存されてしまいます。キーを入力してください。</translation>
    </message>
    <message>
        <source>Key %1 is masked (***) but no stored key is kept at that place: enter it again.</source>
        <translation>キー %1 はマスクされています (***) が、その位置に保持できる保存済みのキーがありません。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>lb::cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Use the saved server profile NAME (as in the console).</source>
        <translation>保存済みのサーバープロファイル NAME を使用します（コンソールと共通）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use the server at URL, with the API key from the environment variable LANGBOT_API_KEY.</source>
        <translation>URL のサーバーを使用します。API キーは環境変数 LANGBOT_API_KEY から取得します。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>機械可読な JSON を出力します。</translation>
    </message>
    <message>
        <source>REQUESTER</source>
        <translation>リクエスター</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>No models to test.</source>
        <translation>テストするモデルがありません。</translation>
    </message>
    <message>
        <source>(unknown model)</source>
        <translation>（不明なモデル）</translation>
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
        <translation>テスト中 %1/%2、残り約 %3 秒</translation>
    </message>
    <message>
        <source>Testing %1/%2</source>
        <translation>テスト中 %1/%2</translation>
    </message>
    <message>
        <source>%1 tested, %2 passed, %3 failed.</source>
        <translation>テスト %1 件、成功 %2 件、失敗 %3 件。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n model(s) to %1.</source>
        <translation>
            <numerusform>%n 個のモデルを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the export holds API keys in plain text. Keep it out of version control and delete it when done.</source>
        <translation>警告：このエクスポートには API キーが平文で含まれています。バージョン管理に含めず、使用後は削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile and this import overwrites %n model(s). Check the plan with --dry-run, then run again with --yes.</source>
        <translation>
            <numerusform>「%1」は本番プロファイルであり、このインポートにより %n 個のモデルが上書きされます。--dry-run で計画を確認してから、--yes を付けて再実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1/%2</source>
        <translation>インポート中 %1/%2</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>レポートを %1 に保存できませんでした：%2</translation>
    </message>
    <message>
        <source>No profiles yet. Add one: langbot-console profiles add NAME --url URL</source>
        <translation>プロファイルがまだありません。追加するには：langbot-console profiles add NAME --url URL</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>See: langbot-console profiles --help</source>
        <translation>参照：langbot-console profiles --help</translation>
    </message>
    <message>
        <source>profiles list takes no more arguments.</source>
        <translation>profiles list には引数を指定できません。</translation>
    </message>
    <message>
        <source>profiles remove needs the profile&apos;s NAME.</source>
        <translation>profiles remove にはプロファイルの NAME が必要です。</translation>
    </message>
    <message>
        <source>No profile called “%1”.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Its secrets could not be removed from the keychain: %1</source>
        <translation>そのシークレットをキーチェーンから削除できませんでした：%1</translation>
    </message>
    <message>
        <source>Unknown profiles action “%1”: use list, add or remove.</source>
        <translation>不明な profiles のアクション「%1」です。list、add、remove のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>profiles add needs the profile&apos;s NAME.</source>
        <translation>profiles add にはプロファイルの NAME が必要です。</translation>
    </message>
    <message>
        <source>profiles add needs --url URL.</source>
        <translation>profiles add には --url URL が必要です。</translation>
    </message>
    <message>
        <source>--environment takes development, staging, production or other.</source>
        <translation>--environment には development、staging、production、other のいずれかを指定します。</translation>
    </message>
    <message>
        <source>--auth takes api-key or login.</source>
        <translation>--auth には api-key または login を指定します。</translation>
    </message>
    <message>
        <source>A profile called “%1” exists already.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>Added profile “%1” (%2).</source>
        <translation>プロファイル「%1」（%2）を追加しました。</translation>
    </message>
    <message>
        <source>No API key stored: set LANGBOT_API_KEY when adding, or enter it in the console.</source>
        <translation>API キーが保存されていません。追加時に LANGBOT_API_KEY を設定するか、コンソールで入力してください。</translation>
    </message>
    <message>
        <source>No password stored: set LANGBOT_PASSWORD when adding, or enter it in the console.</source>
        <translation>パスワードが保存されていません。追加時に LANGBOT_PASSWORD を設定するか、コンソールで入力してください。</translation>
    </message>
    <message>
        <source>The profile was saved, but its secret could not be stored: %1</source>
        <translation>プロファイルは保存されましたが、シークレットを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The API key is in the keychain.</source>
        <translation>API キーはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>The password is in the keychain.</source>
        <translation>パスワードはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>Test every model of the server.</source>
        <translation>サーバーのすべてのモデルをテストします。</translation>
    </message>
    <message>
        <source>Run at most N tests at once (1 to 32, default 4).</source>
        <translation>同時に実行するテストを最大 N 個にします（1 ～ 32、既定値 4）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The server&apos;s base URL.</source>
        <translation>サーバーのベース URL。</translation>
    </message>
    <message>
        <source>development, staging, production or other (default).</source>
        <translation>development、staging、production、other（既定）のいずれか。</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>api-key (default; the key from LANGBOT_API_KEY is stored in the keychain) or login (with --user; the password from LANGBOT_PASSWORD).</source>
        <translation>api-key（既定。LANGBOT_API_KEY のキーをキーチェーンに保存）または login（--user と併用。パスワードは LANGBOT_PASSWORD から取得）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>The LangBot user e-mail for --auth login.</source>
        <translation>--auth login で使用する LangBot ユーザーのメールアドレス。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Write the export to FILE (&quot;-&quot; for standard output).</source>
        <translation>エクスポートを FILE に書き込みます（標準出力の場合は &quot;-&quot;）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the API keys into the export (plain text!). Left out by default.</source>
        <translation>API キーをエクスポートに書き込みます（平文！）。既定では含まれません。</translation>
    </message>
    <message>
        <source>Show what the import would do; send nothing.</source>
        <translation>インポートで行われる内容を表示します。何も送信しません。</translation>
    </message>
    <message>
        <source>What to do with a model the server has already: update (default) or skip.</source>
        <translation>サーバーにすでに存在するモデルの扱い：update（既定）または skip。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Confirm an import that overwrites models on a production profile.</source>
        <translation>本番プロファイルでモデルを上書きするインポートを確認します。</translation>
    </message>
    <message>
        <source>Save the import report to FILE (JSON for *.json, else text).</source>
        <translation>インポートレポートを FILE に保存します（*.json の場合は JSON、それ以外はテキスト）。</translation>
    </message>
    <message>
        <source>Export the server&apos;s model configurations to a JSON document (see docs/export-format.md). API keys are left out unless --include-secrets.</source>
        <translation>サーバーのモデル設定を JSON ドキュメントにエクスポートします（docs/export-format.md を参照）。--include-secrets を指定しない限り、API キーは含まれません。</translation>
    </message>
    <message>
        <source>Import model configurations from an export document: shows the plan (create, update or skip per model, with the changes), then applies it. Exit code 1 when any model failed, 2 for a document that is not valid (nothing is sent then).</source>
        <translation>エクスポートドキュメントからモデル設定をインポートします。計画（モデルごとの作成・更新・スキップと変更内容）を表示してから適用します。いずれかのモデルが失敗した場合は終了コード 1、ドキュメントが無効な場合は終了コード 2 を返します（その場合は何も送信されません）。</translation>
    </message>
    <message>
        <source>[UUID...|--all]</source>
        <translation>[UUID...|--all]</translation>
    </message>
    <message>
        <source>Ask the server to test models against their providers; prints each result with its round-trip time. Exit code 1 when any test failed.</source>
        <translation>サーバーに依頼して、モデルをそのプロバイダーに対してテストします。各結果をラウンドトリップ時間とともに出力します。いずれかのテストが失敗した場合は終了コード 1 を返します。</translation>
    </message>
    <message>
        <source>list | add NAME | remove NAME</source>
        <translation>list | add NAME | remove NAME</translation>
    </message>
    <message>
        <source>The server profiles shared with the console window.</source>
        <translation>コンソールのウィンドウと共有されるサーバープロファイル。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2</source>
        <translation>不明なコマンド「%1」です。コマンド：%2</translation>
    </message>
    <message>
        <source>See: langbot-console %1 --help</source>
        <translation>参照：langbot-console %1 --help</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list には引数を指定できません。</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 32.</source>
        <translation>--concurrency には 1 ～ 32 の数値を指定します。</translation>
    </message>
    <message>
        <source>test needs either model UUIDs or --all.</source>
        <translation>test にはモデルの UUID または --all が必要です。</translation>
    </message>
    <message>
        <source>export takes no arguments; name the file with -o FILE.</source>
        <translation>export には引数を指定できません。ファイルは -o FILE で指定してください。</translation>
    </message>
    <message>
        <source>export needs -o FILE (or -o - for standard output).</source>
        <translation>export には -o FILE（標準出力の場合は -o -）が必要です。</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import には FILE を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--on-conflict takes update or skip.</source>
        <translation>--on-conflict には update または skip を指定します。</translation>
    </message>
    <message>
        <source>%1 is not a valid export document:</source>
        <translation>%1 は有効なエクスポートドキュメントではありません：</translation>
    </message>
    <message>
        <source>Use either --profile or --url, not both.</source>
        <translation>--profile と --url はどちらか一方のみを使用してください。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>some items failed (a test, an imported model)</source>
        <translation>一部の項目が失敗（テストまたはインポートしたモデル）</translation>
    </message>
    <message>
        <source>usage, or an import document that is not valid (nothing is sent)</source>
        <translation>使い方の誤り、またはインポート文書が無効（何も送信しません）</translation>
    </message>
    <message>
        <source>authentication: no usable credentials, or refused (HTTP 401)</source>
        <translation>認証：使用できる資格情報がない、または拒否された（HTTP 401）</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>見つかりません（HTTP 404）</translation>
    </message>
    <message>
        <source>network, TLS or timeout: the server could not be reached</source>
        <translation>ネットワーク、TLS またはタイムアウト：サーバーに接続できません</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>終了コード：</translation>
    </message>
    <message>
        <source>Not allowed: this needs the permission %1, which these credentials lack.</source>
        <translation>許可されていません：この操作には権限 %1 が必要ですが、この認証情報にはありません。</translation>
    </message>
    <message>
        <source>The model type: llm, embedding or rerank (list and test: also all, the default; create: llm by default).</source>
        <translation>モデルの種類：llm、embedding、rerank（list と test では all も可、既定値；create の既定は llm）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only the models of the provider UUID or NAME.</source>
        <translation>指定したプロバイダー（UUID または名前）のモデルのみ。</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>Read the record from FILE (a JSON object).</source>
        <translation>FILE（JSON オブジェクト）からレコードを読み込みます。</translation>
    </message>
    <message>
        <source>The provider&apos;s name.</source>
        <translation>プロバイダーの名前。</translation>
    </message>
    <message>
        <source>The provider&apos;s requester (e.g. openai-chat-completions).</source>
        <translation>プロバイダーのリクエスター（例：openai-chat-completions）。</translation>
    </message>
    <message>
        <source>The provider&apos;s base URL.</source>
        <translation>プロバイダーのベース URL。</translation>
    </message>
    <message>
        <source>An API key of the provider; repeat it for several. Replaces the stored keys.</source>
        <translation>プロバイダーの API キー。複数ある場合は繰り返し指定します。保存済みのキーを置き換えます。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Print the provider&apos;s keys (needs the permission provider_secret.manage).</source>
        <translation>プロバイダーのキーを表示します（権限 provider_secret.manage が必要）。</translation>
    </message>
    <message>
        <source>Confirm the delete.</source>
        <translation>削除を確定します。</translation>
    </message>
    <message>
        <source>List the server&apos;s models of every type, or of --type (no key values).</source>
        <translation>サーバーのすべての種類（または --type の種類）のモデルを一覧表示します（キーの値は含みません）。</translation>
    </message>
    <message>
        <source>Print one model as JSON (key values left out). Without --type it is looked for in every type.</source>
        <translation>1 つのモデルを JSON で表示します（キーの値は除外）。--type がなければすべての種類から探します。</translation>
    </message>
    <message>
        <source>Show the server: URL, version, API generation, and your role and permissions.</source>
        <translation>サーバーの情報を表示します：URL、バージョン、API の世代、あなたのロールと権限。</translation>
    </message>
    <message>
        <source>list | get REF | create | update REF | delete REF | scan REF</source>
        <translation>list | get REF | create | update REF | delete REF | scan REF</translation>
    </message>
    <message>
        <source>The providers of a LangBot 4.7+ server (REF: a UUID or a name). create and update take --file and the flags --name, --requester, --base-url, --api-key; delete needs --yes; scan lists the models the provider offers. Keys are never printed unless get --include-secrets. A 4.0–4.6 server has no providers: list shows those implied by its models, writes exit with code 8.</source>
        <translation>LangBot 4.7+ サーバーのプロバイダー（REF：UUID または名前）。create と update は --file と --name、--requester、--base-url、--api-key を受け付けます。delete には --yes が必要です。scan はプロバイダーが提供するモデルを一覧表示します。get --include-secrets 以外ではキーを表示しません。4.0–4.6 のサーバーにはプロバイダーがありません：list はモデルから推定したものを表示し、書き込みは終了コード 8 で終わります。</translation>
    </message>
    <message>
        <source>Create a model of --type from --file (a JSON object; only the fields the server accepts are sent).</source>
        <translation>--file（JSON オブジェクト）から --type の種類のモデルを作成します（サーバーが受け付けるフィールドのみ送信）。</translation>
    </message>
    <message>
        <source>Update a model with the fields of --file (only the fields the server accepts are sent).</source>
        <translation>--file のフィールドでモデルを更新します（サーバーが受け付けるフィールドのみ送信）。</translation>
    </message>
    <message>
        <source>UUID...</source>
        <translation>UUID...</translation>
    </message>
    <message>
        <source>Delete models (needs --yes).</source>
        <translation>モデルを削除します（--yes が必要）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 は JSON オブジェクトではありません：%2</translation>
    </message>
    <message>
        <source>Unknown providers action “%1”: use %2.</source>
        <translation>不明な providers の操作「%1」：%2 を使ってください。</translation>
    </message>
    <message>
        <source>providers %1 needs one provider UUID or NAME.</source>
        <translation>providers %1 にはプロバイダーの UUID または名前が 1 つ必要です。</translation>
    </message>
    <message>
        <source>providers %1 takes no more arguments.</source>
        <translation>providers %1 はこれ以上の引数を取りません。</translation>
    </message>
    <message>
        <source>providers delete needs --yes.</source>
        <translation>providers delete には --yes が必要です。</translation>
    </message>
    <message>
        <source>--type takes llm, embedding, rerank or all.</source>
        <translation>--type には llm、embedding、rerank、all を指定します。</translation>
    </message>
    <message>
        <source>providers %1 needs --file or --name, --requester, --base-url, --api-key.</source>
        <translation>providers %1 には --file または --name、--requester、--base-url、--api-key が必要です。</translation>
    </message>
    <message>
        <source>%1 needs exactly one UUID.</source>
        <translation>%1 には UUID がちょうど 1 つ必要です。</translation>
    </message>
    <message>
        <source>create takes no arguments; give the record with --file.</source>
        <translation>create は引数を取りません。レコードは --file で指定してください。</translation>
    </message>
    <message>
        <source>delete needs model UUIDs and --yes.</source>
        <translation>delete にはモデルの UUID と --yes が必要です。</translation>
    </message>
    <message>
        <source>%1 needs --file FILE.</source>
        <translation>%1 には --file FILE が必要です。</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info は引数を取りません。</translation>
    </message>
    <message>
        <source>This server (%1 %2) has no %3 models.</source>
        <translation>このサーバー（%1 %2）には %3 モデルがありません。</translation>
    </message>
    <message>
        <source>Deleted %1 model “%2” (%3).</source>
        <translation>%1 モデル「%2」（%3）を削除しました。</translation>
    </message>
    <message>
        <source>Created %1 model “%2” (%3).</source>
        <translation>%1 モデル「%2」（%3）を作成しました。</translation>
    </message>
    <message>
        <source>Updated %1 model “%2” (%3).</source>
        <translation>%1 モデル「%2」（%3）を更新しました。</translation>
    </message>
    <message>
        <source>No provider with the UUID or name “%1”.</source>
        <translation>UUID または名前が「%1」のプロバイダーはありません。</translation>
    </message>
    <message>
        <source>Several providers are called “%1”; name one by its UUID: %2</source>
        <translation>「%1」という名前のプロバイダーが複数あります。UUID で指定してください：%2</translation>
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
        <translation>（モデルから推定）</translation>
    </message>
    <message>
        <source>This server (%1) has no providers: each model carries its own requester, base URL and keys. Providers can be listed there (implied by the models), not written.</source>
        <translation>このサーバー（%1）にはプロバイダーがありません：各モデルが自身のリクエスター、ベース URL、キーを持ちます。ここではプロバイダーを（モデルから推定して）一覧表示できますが、書き込めません。</translation>
    </message>
    <message>
        <source>The server masked the keys: reading them needs the permission %1.</source>
        <translation>サーバーがキーを伏せました：読み取るには権限 %1 が必要です。</translation>
    </message>
    <message>
        <source>The server saved the provider “%1” (%2) before it failed. Remove it with: langbot-console providers delete %2 --yes</source>
        <translation>サーバーは失敗する前にプロバイダー「%1」（%2）を保存しました。削除するには：langbot-console providers delete %2 --yes</translation>
    </message>
    <message>
        <source>Created provider “%1” (%2).</source>
        <translation>プロバイダー「%1」（%2）を作成しました。</translation>
    </message>
    <message>
        <source>Nothing to change in provider “%1”.</source>
        <translation>プロバイダー「%1」に変更点はありません。</translation>
    </message>
    <message>
        <source>Updated provider “%1” (%2).</source>
        <translation>プロバイダー「%1」（%2）を更新しました。</translation>
    </message>
    <message>
        <source>Provider “%1” is used by these models; delete them or move them to another provider first:
  %2</source>
        <translation>プロバイダー「%1」は次のモデルで使われています。先に削除するか別のプロバイダーへ移してください：
  %2</translation>
    </message>
    <message>
        <source>Deleted provider “%1” (%2).</source>
        <translation>プロバイダー「%1」（%2）を削除しました。</translation>
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
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>This server (%1) cannot scan a provider&apos;s models: that needs LangBot 4.9.7 or later.</source>
        <translation>このサーバー（%1）はプロバイダーのモデルをスキャンできません：LangBot 4.9.7 以降が必要です。</translation>
    </message>
    <message>
        <source>Server:       %1</source>
        <translation>サーバー：     %1</translation>
    </message>
    <message>
        <source>Version:      %1</source>
        <translation>バージョン：   %1</translation>
    </message>
    <message>
        <source>Generation:   %1</source>
        <translation>API の世代：  %1</translation>
    </message>
    <message>
        <source>Role:         %1</source>
        <translation>ロール：       %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Permissions:  %1</source>
        <translation>権限：         %1</translation>
    </message>
    <message>
        <source>all, assumed (%1)</source>
        <translation>すべて（想定、%1）</translation>
    </message>
    <message>
        <source>A 4.0–4.6 server has no providers: these are implied by the models (read-only).</source>
        <translation>4.0–4.6 のサーバーにはプロバイダーがありません：これらはモデルから推定したものです（読み取り専用）。</translation>
    </message>
    <message>
        <source>--type takes llm, embedding or rerank.</source>
        <translation>--type には llm、embedding、rerank を指定します。</translation>
    </message>
    <message>
        <source>reuse</source>
        <translation>再利用</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>プロバイダー %1</translation>
    </message>
    <message>
        <source>permission denied (HTTP 403, or known before sending; the message names the missing permission)</source>
        <translation>権限がありません（HTTP 403、または送信前に判明。メッセージに不足している権限が示されます）</translation>
    </message>
    <message>
        <source>incompatible server: not a LangBot API (route absent, not JSON), or an action that server&apos;s generation does not have (providers on 4.0–4.6)</source>
        <translation>互換性のないサーバー：LangBot API ではありません（ルートがない、JSON でない）、またはそのサーバーの世代にない操作（4.0–4.6 のプロバイダー）</translation>
    </message>
    <message>
        <source>server error (HTTP 5xx; the message ends with the request id)</source>
        <translation>サーバーエラー（HTTP 5xx。メッセージの最後にリクエスト ID が付きます）</translation>
    </message>
    <message>
        <source>Only the models nothing uses.</source>
        <translation>何にも使われていないモデルのみ。</translation>
    </message>
    <message>
        <source>[UUID|NAME...]</source>
        <translation>[UUID|名前...]</translation>
    </message>
    <message>
        <source>Where the models are used (LangBot 4.7+): the pipelines that use each model as primary, fallback or rerank model or through a knowledge base&apos;s embedding model, and the bots that run them. --unused lists the models nothing uses. Lists the server refuses are named on standard error.</source>
        <translation>モデルの使用箇所（LangBot 4.7+）：各モデルをメイン、フォールバック、リランクモデルとして、またはナレッジベースの埋め込みモデル経由で使うパイプラインと、それを実行するボット。--unused は何にも使われていないモデルを一覧します。サーバーが拒否した一覧は標準エラーに示されます。</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>%n 回使用</numerusform>
        </translation>
    </message>
    <message>
        <source>; bots: %1</source>
        <translation>；ボット：%1</translation>
    </message>
    <message>
        <source>No model called “%1”.</source>
        <translation>「%1」という名前のモデルはありません。</translation>
    </message>
    <message>
        <source>The server saved the %1 model “%2” (%3) before it failed. Remove it with: langbot-console delete %3 --type %1 --yes</source>
        <translation>サーバーは失敗する前に %1 モデル「%2」（%3）を保存しました。削除するには：langbot-console delete %3 --type %1 --yes</translation>
    </message>
    <message>
        <source>No provider with the UUID “%1” on this server: the model was not created.</source>
        <translation>このサーバーには UUID が「%1」のプロバイダーはありません。モデルは作成されませんでした。</translation>
    </message>
    <message>
        <source>no use found (some lists could not be read)</source>
        <translation>使用は見つかりません（一部の一覧を読み取れませんでした）</translation>
    </message>
    <message>
        <source>conflict or precondition: the server rejected the input (HTTP 400, 409, 412), or a delete would break pipelines or bots (without --force)</source>
        <translation>競合または前提条件：サーバーが入力を拒否しました（HTTP 400、409、412）、または削除でパイプラインやボットが壊れます（--force なし）</translation>
    </message>
    <message>
        <source>Delete models that pipelines or knowledge bases use, too (what breaks is still named).</source>
        <translation>パイプラインやナレッジベースが使っているモデルも削除します（壊れるものは引き続き表示されます）。</translation>
    </message>
    <message>
        <source>Would break: %1</source>
        <translation>壊れるもの：%1</translation>
    </message>
    <message>
        <source>Where the models are used could not be fully checked: %1</source>
        <translation>モデルの使用箇所を完全には確認できませんでした：%1</translation>
    </message>
    <message>
        <source>Nothing deleted: pipelines or knowledge bases use these models (above). Run again with --force to delete them anyway.</source>
        <translation>何も削除していません：パイプラインまたはナレッジベースがこれらのモデルを使っています（上記）。それでも削除するには --force を付けて再実行してください。</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>計画を表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>Apply the plan.</source>
        <translation>計画を適用します。</translation>
    </message>
    <message>
        <source>OLD NEW</source>
        <translation>OLD NEW</translation>
    </message>
    <message>
        <source>Replace the model OLD by NEW (each a UUID or a name) everywhere pipelines name it (LangBot 4.7+): prints the plan (each pipeline and field, the bots that will notice, the knowledge bases to recreate), then with --yes rewrites each pipeline from a fresh read. Exit code 1 when any pipeline failed or was skipped. The old model is not deleted.</source>
        <translation>パイプラインがモデル OLD を参照するすべての場所で NEW に置き換えます（それぞれ UUID または名前；LangBot 4.7+）：計画（各パイプラインとフィールド、影響を受けるボット、作り直すナレッジベース）を表示し、--yes で各パイプラインを最新の読み込みから書き換えます。いずれかのパイプラインが失敗またはスキップされると終了コード 1。旧モデルは削除しません。</translation>
    </message>
    <message>
        <source>replace needs the OLD and the NEW model (UUID or name).</source>
        <translation>replace には旧モデルと新モデル（UUID または名前）が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n models are called “%1”: name it by its UUID.</source>
        <translation>
            <numerusform>%n 個のモデルが「%1」という名前です：UUID で指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace “%1” (%2) by “%3” (%4):</source>
        <translation>「%1」（%2）を「%3」（%4）に置き換え：</translation>
    </message>
    <message>
        <source>  No pipeline names “%1”: nothing to change.</source>
        <translation>  「%1」を参照するパイプラインはありません：変更はありません。</translation>
    </message>
    <message>
        <source>  pipeline “%1” (%2)</source>
        <translation>  パイプライン「%1」（%2）</translation>
    </message>
    <message>
        <source>    no bot runs it</source>
        <translation>    実行するボットはありません</translation>
    </message>
    <message>
        <source>    bots that will notice: %1</source>
        <translation>    影響を受けるボット：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation>（リクエスト ID %1）</translation>
    </message>
    <message>
        <source>No pipeline names “%1” any more: it can be deleted with: langbot-console delete %2 --yes</source>
        <translation>「%1」を参照するパイプラインはもうありません：次のコマンドで削除できます：langbot-console delete %2 --yes</translation>
    </message>
    <message>
        <source>The plan needs the pipelines, bots and knowledge bases: %1</source>
        <translation>計画にはパイプライン、ボット、ナレッジベースの読み込みが必要です：%1</translation>
    </message>
    <message>
        <source>Nothing changed: check the plan above, then run again with --yes to apply it.</source>
        <translation>何も変更していません：上の計画を確認し、--yes を付けて再実行すると適用されます。</translation>
    </message>
</context>
<context>
    <name>lb::cli::Connector</name>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>--url: “%1” is not an http(s) URL with a host.</source>
        <translation>--url：「%1」はホストを含む http(s) の URL ではありません。</translation>
    </message>
    <message>
        <source>--url needs the API key in the environment variable LANGBOT_API_KEY.</source>
        <translation>--url を使用するには、環境変数 LANGBOT_API_KEY に API キーが必要です。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Say which server: --profile NAME (profiles: %1) or --url URL.</source>
        <translation>サーバーを指定してください：--profile NAME（プロファイル：%1）または --url URL。</translation>
    </message>
    <message>
        <source>No profile called “%1” (profiles: %2).</source>
        <translation>「%1」という名前のプロファイルはありません（プロファイル：%2）。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Profile “%1” has no usable %2: %3
Store it in the console (Server → Manage Profiles…), or use --url with LANGBOT_API_KEY.</source>
        <translation>プロファイル「%1」に使用可能な%2がありません：%3
コンソールで保存する（サーバー → プロファイルの管理…）か、--url と LANGBOT_API_KEY を使用してください。</translation>
    </message>
</context>
<context>
    <name>lb::gui::AbilitiesEditor</name>
    <message>
        <source>Vision (reads images)</source>
        <translation>ビジョン（画像を読み取る）</translation>
    </message>
    <message>
        <source>Function calling (uses tools)</source>
        <translation>関数呼び出し（ツールを使用する）</translation>
    </message>
    <message>
        <source>The ability “%1”</source>
        <translation>機能「%1」</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>その他(&amp;O)：</translation>
    </message>
    <message>
        <source>More abilities, separated by commas</source>
        <translation>その他の機能（カンマ区切り）</translation>
    </message>
    <message>
        <source>Abilities this console has no check box for; they are kept as typed</source>
        <translation>このコンソールにチェックボックスがない機能です。入力したとおりに保持されます</translation>
    </message>
    <message>
        <source>Reasoning (thinks before answering)</source>
        <translation>推論（回答の前に考える）</translation>
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
        <translation>LangBot Console について</translation>
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
        <translation>LangBot サーバーの LLM モデルを管理するデスクトップコンソールです。サーバーのモデルの一覧表示、テスト、作成、編集、エクスポート、インポートができます。</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（%2 でビルド）</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain：</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>システム：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>server name (URL)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー：</translation>
    </message>
    <message>
        <source>LangBot:</source>
        <translation>LangBot：</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>バージョン情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these versions as plain text, e.g. for a bug report</source>
        <translation>これらのバージョン情報をプレーンテキストとしてコピーします（バグ報告用など）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>lb::gui::ApiKeysEditor</name>
    <message>
        <source>No keys. Providers on your own machine (such as Ollama) need none.</source>
        <translation>キーがありません。自分のマシン上のプロバイダー（Ollama など）には不要です。</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>キーを追加</translation>
    </message>
    <message>
        <source>Add an API key (several keys are used in turn)</source>
        <translation>API キーを追加（複数のキーは順番に使用されます）</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>キーを隠す</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>API key %1 is empty: type the key or remove the line.</source>
        <translation>API キー %1 が空です。キーを入力するか、この行を削除してください。</translation>
    </message>
    <message>
        <source>API key %1 starts or ends with a space.</source>
        <translation>API キー %1 の先頭または末尾にスペースがあります。</translation>
    </message>
</context>
<context>
    <name>lb::gui::AppController</name>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Could not switch servers.</source>
        <translation>サーバーを切り替えられませんでした。</translation>
    </message>
    <message>
        <source>There is no connection given with --url.</source>
        <translation>--url で指定された接続がありません。</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>ID %1 のプロファイルはありません。</translation>
    </message>
    <message>
        <source>Could not start the demo server: %1</source>
        <translation>デモサーバーを起動できませんでした：%1</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>The %1 could not be stored in the keychain.</source>
        <translation>%1をキーチェーンに保存できませんでした。</translation>
    </message>
    <message>
        <source>It is kept in memory until the console quits.</source>
        <translation>コンソールを終了するまでメモリ上に保持されます。</translation>
    </message>
    <message>
        <source>Not connected to “%1”.</source>
        <translation>「%1」に接続されていません。</translation>
    </message>
    <message>
        <source>Could not connect to “%1”.</source>
        <translation>「%1」に接続できませんでした。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the %1 of “%2” from the keychain…</source>
        <translation>「%2」の%1をキーチェーンから読み取っています…</translation>
    </message>
    <message>
        <source>Logging in to “%1” as %2…</source>
        <translation>「%1」に %2 としてサインインしています…</translation>
    </message>
    <message>
        <source>Waiting for the %1 of “%2”…</source>
        <translation>「%2」の%1を待っています…</translation>
    </message>
    <message>
        <source>The models of “%1” are not shown without its %2.</source>
        <translation>「%1」のモデルは、%2がないと表示されません。</translation>
    </message>
    <message>
        <source>No %1 given for “%2”.</source>
        <translation>「%2」の%1が入力されていません。</translation>
    </message>
    <message>
        <source>Log &amp;In…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Enter API &amp;Key…</source>
        <translation>API キーを入力(&amp;K)…</translation>
    </message>
    <message>
        <source>The server refused the API key: %1</source>
        <translation>サーバーが API キーを拒否しました：%1</translation>
    </message>
    <message>
        <source>The server refused the API key of “%1”.</source>
        <translation>サーバーが「%1」の API キーを拒否しました。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>デモサーバー</translation>
    </message>
    <message>
        <source>The built-in demo server, with sample models</source>
        <translation>サンプルモデルを含む内蔵のデモサーバー</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>You are looking at the built-in demo server.</source>
        <translation>内蔵のデモサーバーを表示しています。</translation>
    </message>
    <message>
        <source>Add your LangBot server to manage its models.</source>
        <translation>LangBot サーバーを追加して、そのモデルを管理しましょう。</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>サーバーを追加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>lb::gui::BooleanFieldEditor</name>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>lb::gui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント：</translation>
    </message>
    <message>
        <source>Trust it only if the server&apos;s administrator confirmed this fingerprint. It will be trusted for the profile “%1” only; certificates are verified as usual everywhere else.</source>
        <translation>サーバーの管理者がこのフィンガープリントを確認した場合にのみ信頼してください。この証明書はプロファイル「%1」でのみ信頼され、それ以外では通常どおり証明書が検証されます。</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile only</source>
        <translation>このプロファイルでのみこの証明書を信頼する(&amp;T)</translation>
    </message>
</context>
<context>
    <name>lb::gui::ChangeReviewDialog</name>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation>%1 — 双方で変更</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>相違点はありません</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>送信される内容</translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation>編集に戻る</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The Model Changed on the Server</source>
        <translation>サーバー上でモデルが変更されました</translation>
    </message>
    <message>
        <source>Their changes (on the server now)</source>
        <translation>相手の変更（現在サーバー上にあるもの）</translation>
    </message>
    <message>
        <source>Your changes (not saved yet)</source>
        <translation>自分の変更（未保存）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Re-edit on Their Version</source>
        <translation>サーバー側の版で再編集</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>自分の変更で上書き</translation>
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
        <translation>モデルのエクスポート</translation>
    </message>
    <message>
        <source>Export the model configurations of “%1”.</source>
        <translation>「%1」のモデル設定をエクスポートします。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Model export (*.json);;All files (*)</source>
        <translation>モデルのエクスポート (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Include API Keys?</source>
        <translation>API キーを含めますか？</translation>
    </message>
    <message>
        <source>The export will contain the API keys of every model of “%1” in plain text.</source>
        <translation>エクスポートには「%1」のすべてのモデルの API キーが平文で含まれます。</translation>
    </message>
    <message>
        <source>&amp;Include Keys</source>
        <translation>キーを含める(&amp;I)</translation>
    </message>
    <message>
        <source>Anyone who can read the file can use the keys. Export without keys unless you need them, e.g. to move a server.</source>
        <translation>ファイルを読める人は誰でもキーを使用できます。サーバーの移行など必要な場合を除き、キーを含めずにエクスポートしてください。</translation>
    </message>
    <message>
        <source>&amp;Export with Keys</source>
        <translation>キーを含めてエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
    <message>
        <source>There is no connection to a server.</source>
        <translation>サーバーに接続されていません。</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>「%1」はフォルダーです。ファイル名を選択してください。</translation>
    </message>
    <message>
        <source>Reading the models of “%1”…</source>
        <translation>「%1」のモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not read the models: %1</source>
        <translation>モデルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Exported 1 model to %1.</source>
        <translation>1 個のモデルを %1 にエクスポートしました。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n models to %1.</source>
        <translation>
            <numerusform>%n 個のモデルを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds API keys in plain text: keep it safe and delete it when done.</source>
        <translation>このファイルには API キーが平文で含まれています。安全に保管し、使用後は削除してください。</translation>
    </message>
    <message>
        <source>API keys were left out.</source>
        <translation>API キーは含まれていません。</translation>
    </message>
    <message>
        <source>providers: %1</source>
        <translation>プロバイダー: %1</translation>
    </message>
    <message>
        <source>LLM models: %1</source>
        <translation>LLM モデル: %1</translation>
    </message>
    <message>
        <source>embedding models: %1</source>
        <translation>埋め込みモデル: %1</translation>
    </message>
    <message>
        <source>rerank models: %1</source>
        <translation>リランクモデル: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (format version 2).</source>
        <translation>%1 を %2 にエクスポートしました (形式バージョン 2)。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ExtraArgsEditor</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>None. Arguments added here are sent to the provider with every request (e.g. temperature).</source>
        <translation>なし。ここで追加した引数は、すべてのリクエストでプロバイダーに送信されます（例：temperature）。</translation>
    </message>
    <message>
        <source>Add Argument</source>
        <translation>引数を追加</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Remove the argument</source>
        <translation>引数を削除</translation>
    </message>
    <message>
        <source>e.g. 0.7</source>
        <translation>例：0.7</translation>
    </message>
    <message>
        <source>e.g. {&quot;a&quot;: 1} or [1, 2]</source>
        <translation>例：{&quot;a&quot;: 1} または [1, 2]</translation>
    </message>
    <message>
        <source>Key of argument %1</source>
        <translation>引数 %1 のキー</translation>
    </message>
    <message>
        <source>Type of argument %1</source>
        <translation>引数 %1 の型</translation>
    </message>
    <message>
        <source>Value of argument %1</source>
        <translation>引数 %1 の値</translation>
    </message>
    <message>
        <source>Remove argument %1</source>
        <translation>引数 %1 を削除</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>引数 %1</translation>
    </message>
    <message>
        <source>Extra argument %1 has no key.</source>
        <translation>追加の引数 %1 にキーがありません。</translation>
    </message>
    <message>
        <source>The value of %1 must be a number, such as 0.7.</source>
        <translation>%1 の値は数値（例：0.7）である必要があります。</translation>
    </message>
    <message>
        <source>The value of %1 is not valid JSON: %2.</source>
        <translation>%1 の値は有効な JSON ではありません：%2。</translation>
    </message>
    <message>
        <source>The key “%1” is given twice.</source>
        <translation>キー「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Left empty, the server keeps the value it has; type to replace it</source>
        <translation>空のままならサーバーは保存済みの値を保持します。入力すると置き換えます</translation>
    </message>
    <message>
        <source>hidden by the server (no secret permission)</source>
        <translation>サーバーにより非表示（シークレット権限なし）</translation>
    </message>
</context>
<context>
    <name>lb::gui::FieldEditor</name>
    <message>
        <source>This console does not know the type “%1”: the value is edited as JSON and sent as typed.</source>
        <translation>このコンソールは型「%1」を認識できません。値は JSON として編集され、入力したとおりに送信されます。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
</context>
<context>
    <name>lb::gui::FilterChipBar</name>
    <message>
        <source>1 model</source>
        <translation>1 個のモデル</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 個のモデル</translation>
    </message>
    <message>
        <source>Abilities:</source>
        <translation>機能：</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Show the models whose last test passed</source>
        <translation>前回のテストに成功したモデルを表示</translation>
    </message>
    <message>
        <source>Show the models whose last test failed</source>
        <translation>前回のテストに失敗したモデルを表示</translation>
    </message>
    <message>
        <source>Show the models not tested yet</source>
        <translation>まだテストしていないモデルを表示</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>すべてのモデルを再表示</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>前回のテスト：</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>Function calling</source>
        <translation>関数呼び出し</translation>
    </message>
    <message>
        <source>Show only the models with the ability “%1”</source>
        <translation>機能「%1」を持つモデルのみを表示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>✓ Passed (%1)</source>
        <translation>✓ 成功（%1）</translation>
    </message>
    <message>
        <source>Passed, %1</source>
        <translation>成功、%1</translation>
    </message>
    <message>
        <source>✗ Failed (%1)</source>
        <translation>✗ 失敗（%1）</translation>
    </message>
    <message>
        <source>Failed, %1</source>
        <translation>失敗、%1</translation>
    </message>
    <message>
        <source>Never tested (%1)</source>
        <translation>未テスト（%1）</translation>
    </message>
    <message>
        <source>Never tested, %1</source>
        <translation>未テスト、%1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Show only the %1 models</source>
        <translation>%1 モデルのみ表示</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
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
        <translation>未使用、%1</translation>
    </message>
    <message>
        <source>Unused, not known</source>
        <translation>未使用、不明</translation>
    </message>
    <message>
        <source>Show only the models no pipeline or knowledge base uses</source>
        <translation>パイプラインやナレッジベースが使っていないモデルだけを表示</translation>
    </message>
    <message>
        <source>Which models are unused is not known: %1</source>
        <translation>どのモデルが未使用かは不明です：%1</translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportDialog</name>
    <message>
        <source>What the new model gets:</source>
        <translation>新しいモデルの内容：</translation>
    </message>
    <message>
        <source>The update changes nothing.</source>
        <translation>この更新で変更される内容はありません。</translation>
    </message>
    <message>
        <source>What the update changes on the server&apos;s model:</source>
        <translation>この更新でサーバーのモデルに加えられる変更：</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>送信しません。</translation>
    </message>
    <message>
        <source>Not sent. The server&apos;s model is identical.</source>
        <translation>送信しません。サーバーのモデルと同一です。</translation>
    </message>
    <message>
        <source>Not sent. An update would change:</source>
        <translation>送信しません。更新した場合の変更内容：</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>“%1” is not a valid export document. Nothing was sent.</source>
        <translation>「%1」は有効なエクスポートドキュメントではありません。何も送信されていません。</translation>
    </message>
    <message>
        <source>There is no connection to a server.</source>
        <translation>サーバーに接続されていません。</translation>
    </message>
    <message>
        <source>Could not read the models of “%1”. Nothing was sent.</source>
        <translation>「%1」のモデルを読み込めませんでした。何も送信されていません。</translation>
    </message>
    <message>
        <source>Reading the models of “%1” to compare…</source>
        <translation>比較のため「%1」のモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>The file comes from this server: each model is matched by its uuid, then by its name. A match that differs is updated; one without a match is created.</source>
        <translation>このファイルはこのサーバーからのものです。各モデルはまず UUID で、次に名前で照合されます。一致して内容が異なるものは更新され、一致しないものは作成されます。</translation>
    </message>
    <message>
        <source>The file does not say which server it comes from: each model is matched by its exact name. A match that differs is updated; one without a match is created.</source>
        <translation>このファイルには出所のサーバーが記載されていません。各モデルは名前の完全一致で照合されます。一致して内容が異なるものは更新され、一致しないものは作成されます。</translation>
    </message>
    <message>
        <source>The file comes from another server (%1): each model is matched by its exact name. A match that differs is updated; one without a match is created.</source>
        <translation>このファイルは別のサーバー（%1）からのものです。各モデルは名前の完全一致で照合されます。一致して内容が異なるものは更新され、一致しないものは作成されます。</translation>
    </message>
    <message>
        <source>Import models into “%1” (production)</source>
        <translation>「%1」（本番）にモデルをインポート</translation>
    </message>
    <message>
        <source>Import models into “%1”</source>
        <translation>「%1」にモデルをインポート</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>エクスポート日時 %1</translation>
    </message>
    <message>
        <source>from “%1”</source>
        <translation>「%1」から</translation>
    </message>
    <message>
        <source>LangBot %1</source>
        <translation>LangBot %1</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 個のモデル</translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n 個のモデル</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys included</source>
        <translation>API キーを含む</translation>
    </message>
    <message>
        <source>API keys not included</source>
        <translation>API キーを含まない</translation>
    </message>
    <message>
        <source>Reading the models of “%1”…</source>
        <translation>「%1」のモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the model being sent</source>
        <translation>送信中のモデルの後で停止します</translation>
    </message>
    <message>
        <source>&amp;Import 1 Model</source>
        <translation>1 個のモデルをインポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Models</source>
        <translation>
            <numerusform>%n 個のモデルをインポート(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no models.</source>
        <translation>このファイルにはモデルが含まれていません。</translation>
    </message>
    <message>
        <source>overwriting models of a production server asks you to type its name</source>
        <translation>本番サーバーのモデルを上書きする場合は、その名前の入力を求められます</translation>
    </message>
    <message>
        <source>Select a model to see its changes.</source>
        <translation>変更内容を表示するモデルを選択してください。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2). Changed by you.</source>
        <translation>提案：%1（%2）。ユーザーが変更しました。</translation>
    </message>
    <message>
        <source>(choose one to update)</source>
        <translation>（更新するモデルを選択）</translation>
    </message>
    <message>
        <source>%1 — %2 [%3]</source>
        <translation>%1 — %2 [%3]</translation>
    </message>
    <message>
        <source>The key you entered is sent.</source>
        <translation>入力したキーが送信されます。</translation>
    </message>
    <message numerus="yes">
        <source>The %n keys you entered are sent.</source>
        <translation>
            <numerusform>入力した %n 個のキーが送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>None: the file says the model has no keys.</source>
        <translation>なし：ファイルによると、このモデルにはキーがありません。</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s keys are sent (%n).</source>
        <translation>
            <numerusform>ファイルのキーが送信されます（%n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s keys are kept: the file has none.</source>
        <translation>サーバーのキーが保持されます：ファイルにはキーがありません。</translation>
    </message>
    <message>
        <source>None sent: the file has none.</source>
        <translation>送信しません：ファイルにはキーがありません。</translation>
    </message>
    <message>
        <source>Needed: the file has none. You are asked before the import; without keys the model is created without any.</source>
        <translation>必要：ファイルにはキーがありません。インポート前に確認されます。キーがない場合、モデルはキーなしで作成されます。</translation>
    </message>
    <message>
        <source>None needed.</source>
        <translation>不要です。</translation>
    </message>
    <message>
        <source>not set on the server</source>
        <translation>サーバーで未設定</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No differences from the server&apos;s model.</source>
        <translation>サーバーのモデルとの相違点はありません。</translation>
    </message>
    <message>
        <source>No fields.</source>
        <translation>フィールドがありません。</translation>
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
        <translation>まだインポートされていません：キーについての回答を待っています。</translation>
    </message>
    <message>
        <source>Overwrite Models on a Production Server</source>
        <translation>本番サーバーのモデルを上書き</translation>
    </message>
    <message>
        <source>“%1” is a production profile. This import overwrites 1 model there. Type the profile&apos;s name to continue.</source>
        <translation>「%1」は本番プロファイルです。このインポートでは 1 個のモデルが上書きされます。続行するにはプロファイル名を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile. This import overwrites %n models there. Type the profile&apos;s name to continue.</source>
        <translation>
            <numerusform>「%1」は本番プロファイルです。このインポートでは %n 個のモデルが上書きされます。続行するにはプロファイル名を入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Not imported: the profile&apos;s name was not confirmed.</source>
        <translation>インポートされていません：プロファイル名が確認されませんでした。</translation>
    </message>
    <message>
        <source>There is no connection to the server any more.</source>
        <translation>サーバーへの接続が切断されています。</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>「%1」を送信しています…</translation>
    </message>
    <message>
        <source>Stopping after the model being sent…</source>
        <translation>送信中のモデルの後で停止しています…</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 skipped, %4 failed.</source>
        <translation>完了：作成 %1 件、更新 %2 件、スキップ %3 件、失敗 %4 件。</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>停止しました。%1</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>レポートはまだありません。</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>レポートを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>インポートレポートの保存</translation>
    </message>
    <message>
        <source>JSON report (*.json);;Text report (*.txt)</source>
        <translation>JSON レポート (*.json);;テキストレポート (*.txt)</translation>
    </message>
    <message>
        <source>&amp;Delete Leftovers</source>
        <translation>残骸を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the providers and models a failed create left on the server</source>
        <translation>作成の失敗でサーバーに残ったプロバイダーとモデルを削除します</translation>
    </message>
    <message>
        <source>format version 2: %1</source>
        <translation>形式バージョン 2: %1</translation>
    </message>
    <message>
        <source>The server kept what a failed create saved: %1. Delete it with Delete Leftovers before importing again.</source>
        <translation>失敗した作成でサーバーに保存されたものが残っています: %1。もう一度インポートする前に「残骸を削除」で削除してください。</translation>
    </message>
    <message>
        <source>provider “%1” (%2)</source>
        <translation>プロバイダー「%1」(%2)</translation>
    </message>
    <message>
        <source>%1 model “%2” (%3)</source>
        <translation>%1 モデル「%2」(%3)</translation>
    </message>
    <message>
        <source>Deleted what the failed creates left behind: %1.</source>
        <translation>失敗した作成の残骸を削除しました: %1。</translation>
    </message>
    <message>
        <source>The keys of its provider “%1”.</source>
        <translation>プロバイダー「%1」のキー。</translation>
    </message>
    <message>
        <source>The keys of its provider.</source>
        <translation>プロバイダーのキー。</translation>
    </message>
    <message>
        <source>Provider %1 — %2</source>
        <translation>プロバイダー %1 — %2</translation>
    </message>
    <message>
        <source>The server&apos;s provider keeps its keys.</source>
        <translation>サーバーのプロバイダーはキーをそのまま保持します。</translation>
    </message>
    <message>
        <source>None: the file has no keys. The provider is created without keys; add them to it on the server before its models are used.</source>
        <translation>なし: ファイルにキーがありません。プロバイダーはキーなしで作成されます。そのモデルを使う前に、サーバーでプロバイダーにキーを追加してください。</translation>
    </message>
    <message>
        <source>None: the file says the provider has no keys.</source>
        <translation>なし: ファイルによると、このプロバイダーにはキーがありません。</translation>
    </message>
    <message>
        <source>What the new provider gets:</source>
        <translation>新しいプロバイダーの内容:</translation>
    </message>
    <message>
        <source>Reused as it is on the server.</source>
        <translation>サーバー上のものをそのまま再利用します。</translation>
    </message>
    <message>
        <source>Providers: %1 to create, %2 to reuse. Models: %3</source>
        <translation>プロバイダー: 作成 %1、再利用 %2。モデル: %3</translation>
    </message>
    <message>
        <source>Deleting what the failed creates left behind: %1…</source>
        <translation>失敗した作成の残骸を削除しています: %1…</translation>
    </message>
    <message>
        <source>Could not delete everything the failed creates left behind: %1</source>
        <translation>失敗した作成の残骸をすべては削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportPreviewModel</name>
    <message>
        <source>Action for %1</source>
        <translation>%1 のアクション</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>name (ambiguous)</source>
        <translation>名前（あいまい）</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>new, 1 field</source>
        <translation>新規、1 フィールド</translation>
    </message>
    <message numerus="yes">
        <source>new, %n fields</source>
        <translation>
            <numerusform>新規、%n フィールド</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 件の変更</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation>同一</translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation>1 件の相違</translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n 件の相違</numerusform>
        </translation>
    </message>
    <message>
        <source>none (entered)</source>
        <translation>なし（入力済み）</translation>
    </message>
    <message numerus="yes">
        <source>%n entered</source>
        <translation>
            <numerusform>%n 個入力済み</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n from the file</source>
        <translation>
            <numerusform>ファイルから %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>server&apos;s kept</source>
        <translation>サーバーのものを保持</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>送信なし</translation>
    </message>
    <message>
        <source>%1 — requester %2</source>
        <translation>%1 — リクエスター %2</translation>
    </message>
    <message>
        <source>uuid in the file: %1</source>
        <translation>ファイル内の UUID：%1</translation>
    </message>
    <message>
        <source>Proposed: %1 (changed by you)</source>
        <translation>提案：%1（ユーザーが変更）</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change</source>
        <translation>変更するにはダブルクリックするか F2 キーを押します</translation>
    </message>
    <message>
        <source>Server model: %1 [%2]</source>
        <translation>サーバーのモデル：%1 [%2]</translation>
    </message>
    <message>
        <source>The file has no API keys for this model. You are asked for them before the import; without keys it is created without any.</source>
        <translation>ファイルにはこのモデルの API キーがありません。インポート前に入力を求められます。キーがない場合、モデルはキーなしで作成されます。</translation>
    </message>
    <message>
        <source>The file has no API keys: the update keeps the server&apos;s keys.</source>
        <translation>ファイルに API キーがありません：更新ではサーバーのキーが保持されます。</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>照合方法</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>its provider&apos;s</source>
        <translation>プロバイダーのもの</translation>
    </message>
    <message>
        <source>Create provider</source>
        <translation>プロバイダーを作成</translation>
    </message>
    <message>
        <source>Reuse provider</source>
        <translation>プロバイダーを再利用</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>サーバーのもの</translation>
    </message>
    <message>
        <source>none: add later</source>
        <translation>なし: 後で追加</translation>
    </message>
    <message>
        <source>Provider %1 — requester %2, base URL %3</source>
        <translation>プロバイダー %1 — リクエスター %2、ベース URL %3</translation>
    </message>
    <message>
        <source>same setup</source>
        <translation>同じ設定</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>lb::gui::JsonFieldEditor</name>
    <message>
        <source>JSON, e.g. &quot;text&quot;, 3, true, [1, 2]</source>
        <translation>JSON（例：&quot;text&quot;、3、true、[1, 2]）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>整形</translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation>JSON をチェックしてインデントします</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 は有効な JSON ではありません：%2。</translation>
    </message>
</context>
<context>
    <name>lb::gui::KeysPromptDialog</name>
    <message>
        <source>The file carries no API keys for the model this import creates.</source>
        <translation>このインポートで作成されるモデルの API キーがファイルに含まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>The file carries no API keys for %n models this import creates.</source>
        <translation>
            <numerusform>このインポートで作成される %n 個のモデルの API キーがファイルに含まれていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key on the source server</source>
        <translation>ソースサーバー上のキー 1 個</translation>
    </message>
    <message numerus="yes">
        <source>%n keys on the source server</source>
        <translation>
            <numerusform>ソースサーバー上のキー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>leave empty to create without keys</source>
        <translation>キーなしで作成する場合は空欄のまま</translation>
    </message>
    <message>
        <source>API keys for “%1” (%2)</source>
        <translation>「%1」の API キー（%2）</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Hide the keys</source>
        <translation>キーを隠す</translation>
    </message>
    <message>
        <source>Back to the Preview</source>
        <translation>プレビューに戻る</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue (%n without keys)</source>
        <translation>
            <numerusform>続行（キーなし %n 個）(&amp;C)</numerusform>
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
        <translation>プロファイルの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Add, edit or remove the LangBot servers this console knows</source>
        <translation>このコンソールが認識している LangBot サーバーを追加、編集、削除します</translation>
    </message>
    <message>
        <source>Manage the server profiles (Ctrl+Shift+P)</source>
        <translation>サーバープロファイルを管理（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Settings of the console, such as how many tests run at once</source>
        <translation>同時に実行するテスト数など、コンソールの設定</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the list of models from the server</source>
        <translation>サーバーからモデルの一覧を再読み込みします</translation>
    </message>
    <message>
        <source>Reload the models (F5)</source>
        <translation>モデルを再読み込み（F5）</translation>
    </message>
    <message>
        <source>&amp;Test Selected</source>
        <translation>選択したモデルをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Test the selected models (Ctrl+T)</source>
        <translation>選択したモデルをテスト（Ctrl+T）</translation>
    </message>
    <message>
        <source>Ask the server to send a short request to each selected model</source>
        <translation>選択した各モデルに短いリクエストを送信するようサーバーに依頼します</translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation>すべてテスト(&amp;A)</translation>
    </message>
    <message>
        <source>Test every model the table shows (Ctrl+Shift+T)</source>
        <translation>表に表示されているすべてのモデルをテスト（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Test every model the table shows, a few at a time (see Preferences)</source>
        <translation>表に表示されているすべてのモデルを、数個ずつテストします（環境設定を参照）</translation>
    </message>
    <message>
        <source>Re-test &amp;Failed</source>
        <translation>失敗したものを再テスト(&amp;F)</translation>
    </message>
    <message>
        <source>Test again the models that failed in the last run (Ctrl+Shift+F)</source>
        <translation>前回の実行で失敗したモデルを再テスト（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Test again the models that failed in the last run</source>
        <translation>前回の実行で失敗したモデルを再テストします</translation>
    </message>
    <message>
        <source>&amp;Cancel Tests</source>
        <translation>テストをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Drop the waiting tests and abort the running ones</source>
        <translation>待機中のテストを破棄し、実行中のテストを中止します</translation>
    </message>
    <message>
        <source>Cancel the tests (Esc)</source>
        <translation>テストをキャンセル（Esc）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected models (Del)</source>
        <translation>選択したモデルを削除（Del）</translation>
    </message>
    <message>
        <source>Delete the selected models from the server</source>
        <translation>選択したモデルをサーバーから削除します</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>名前をコピー(&amp;N)</translation>
    </message>
    <message>
        <source>Copy the names of the selected models</source>
        <translation>選択したモデルの名前をコピーします</translation>
    </message>
    <message>
        <source>Copy &amp;UUID</source>
        <translation>UUID をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the UUIDs of the selected models</source>
        <translation>選択したモデルの UUID をコピーします</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>フィルター(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter the models by name, description, requester or URL</source>
        <translation>名前、説明、リクエスター、URL でモデルを絞り込みます</translation>
    </message>
    <message>
        <source>&amp;About LangBot Console</source>
        <translation>LangBot Console について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>The LangBot server shown (Ctrl+1 … Ctrl+9)</source>
        <translation>表示中の LangBot サーバー（Ctrl+1 … Ctrl+9）</translation>
    </message>
    <message>
        <source>Filter models (Ctrl+F)</source>
        <translation>モデルを絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the models whose name, description, requester or base URL contains the text (any case)</source>
        <translation>名前、説明、リクエスター、ベース URL にテキストを含むモデルを表示します（大文字と小文字は区別しません）</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>モデルを絞り込み</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Click to sort; drag to reorder; right-click to choose the columns</source>
        <translation>クリックで並べ替え、ドラッグで列の順序を変更、右クリックで表示する列を選択</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The name column is always shown</source>
        <translation>名前の列は常に表示されます</translation>
    </message>
    <message>
        <source>Show or hide the column “%1”</source>
        <translation>列「%1」の表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>列をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Show every column in its first order and width</source>
        <translation>すべての列を最初の順序と幅で表示します</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Model test</source>
        <translation>モデルのテスト</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● オフライン</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>サーバーと通信中</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>サーバーを待っています</translation>
    </message>
    <message>
        <source>LangBot …</source>
        <translation>LangBot …</translation>
    </message>
    <message>
        <source>Showing the last known models of %1 while they are reloaded…</source>
        <translation>再読み込み中のため、%1 の最後に取得したモデルを表示しています…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
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
        <translation>LangBot（バージョン不明）</translation>
    </message>
    <message>
        <source>LangBot %1</source>
        <translation>LangBot %1</translation>
    </message>
    <message>
        <source>Check the credentials of this server (Server → Manage Profiles…).</source>
        <translation>このサーバーの認証情報を確認してください（サーバー → プロファイルの管理…）。</translation>
    </message>
    <message>
        <source>Could not load the models.</source>
        <translation>モデルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Models loaded in %1 ms</source>
        <translation>モデルを %1 ms で読み込みました</translation>
    </message>
    <message>
        <source>Still offline: %1</source>
        <translation>引き続きオフライン：%1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>Offline — showing the list as of %1</source>
        <translation>オフライン — %1 時点の一覧を表示しています</translation>
    </message>
    <message>
        <source>(server unreachable: %1)</source>
        <translation>（サーバーに接続できません：%1）</translation>
    </message>
    <message>
        <source>The rows are read-only: testing and deleting come back when the server answers again.</source>
        <translation>行は読み取り専用です。サーバーが再び応答すると、テストと削除ができるようになります。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>The server cannot be reached; the list is the one saved at %1</source>
        <translation>サーバーに接続できません。一覧は %1 に保存されたものです</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>オンラインに戻りました。</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms</source>
        <translation>%1 が %2 ms で応答しました</translation>
    </message>
    <message>
        <source>The test of “%1” failed.</source>
        <translation>「%1」のテストに失敗しました。</translation>
    </message>
    <message>
        <source>Tested %1 models: %2 passed, %3 failed</source>
        <translation>%1 個のモデルをテストしました：成功 %2 件、失敗 %3 件</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>、キャンセル %1 件</translation>
    </message>
    <message>
        <source>One test at a time.</source>
        <translation>一度に 1 つずつテストします。</translation>
    </message>
    <message>
        <source>Up to %1 tests at the same time.</source>
        <translation>最大 %1 個のテストを同時に実行します。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation>「%1」を削除できませんでした。</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached</source>
        <translation>オフラインでは使用できません：サーバーに接続できません</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 個のモデル</translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n 個のモデル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The saved list of this server is empty.</source>
        <translation>このサーバーの保存済み一覧は空です。</translation>
    </message>
    <message>
        <source>No models on this server yet.</source>
        <translation>このサーバーにはまだモデルがありません。</translation>
    </message>
    <message>
        <source>No models match the filter.</source>
        <translation>フィルターに一致するモデルはありません。</translation>
    </message>
    <message>
        <source>No models match “%1”.</source>
        <translation>「%1」に一致するモデルはありません。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reading the saved list…</source>
        <translation>サーバーに接続できません。保存済みの一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation>モデルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the console</source>
        <translation>コンソールのすべてのキーボードショートカットを一覧表示します</translation>
    </message>
    <message>
        <source>The versions of the console, of Qt and of the server</source>
        <translation>コンソール、Qt、サーバーのバージョン</translation>
    </message>
    <message>
        <source>The language takes effect after a restart of the console.</source>
        <translation>言語の変更はコンソールの再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Choose Server → Manage Profiles… (%1) to add a server.</source>
        <translation>サーバーを追加するには、サーバー → プロファイルの管理…（%1）を選択してください。</translation>
    </message>
    <message>
        <source>Add one with Model → New Model… (%1), import some with File → Import Models… (%2), or press Refresh (%3) after adding them in LangBot&apos;s web interface.</source>
        <translation>モデル → 新しいモデル…（%1）で追加するか、ファイル → モデルをインポート…（%2）でインポートしてください。LangBot の Web 画面で追加した場合は、更新（%3）を押してください。</translation>
    </message>
    <message>
        <source>The banner above says why; Refresh (%1) tries again.</source>
        <translation>理由は上のバナーに表示されています。更新（%1）で再試行します。</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー一覧</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>その他のツール</translation>
    </message>
    <message>
        <source>%1 · %2 API</source>
        <translation>%1 · %2 API</translation>
    </message>
    <message>
        <source>%1 of %2 shown (%3)</source>
        <translation>%2 件中 %1 件を表示（%3）</translation>
    </message>
    <message>
        <source>%1 LLM · %2 embedding · %3 rerank</source>
        <translation>LLM %1 · 埋め込み %2 · リランク %3</translation>
    </message>
    <message>
        <source>Your role on this server lacks the permission “%1”</source>
        <translation>このサーバーでのあなたのロールには権限「%1」がありません</translation>
    </message>
    <message>
        <source>Role: %1 (view only)</source>
        <translation>ロール: %1（閲覧のみ）</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>ロール: %1</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>権限: %1</translation>
    </message>
    <message>
        <source>Where &amp;Used…</source>
        <translation>使用箇所(&amp;U)…</translation>
    </message>
    <message>
        <source>List the pipelines, knowledge bases and bots that use the current model</source>
        <translation>現在のモデルを使うパイプライン、ナレッジベース、ボットを一覧表示</translation>
    </message>
    <message>
        <source>the pipelines are still being read.</source>
        <translation>パイプラインを読み込み中です。</translation>
    </message>
    <message>
        <source>the pipelines have not been read.</source>
        <translation>パイプラインはまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>&amp;Replace Everywhere…</source>
        <translation>すべて置き換え(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the current model by another in every pipeline</source>
        <translation>すべてのパイプラインで現在のモデルを別のモデルに置き換えます</translation>
    </message>
    <message>
        <source>Replace the current model by another model in every pipeline that uses it</source>
        <translation>現在のモデルを使うすべてのパイプラインで、別のモデルに置き換えます</translation>
    </message>
</context>
<context>
    <name>lb::gui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じます</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>エラーメッセージ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDeletion</name>
    <message>
        <source>the pipelines, bots and knowledge bases are still being read; try again in a moment.</source>
        <translation>パイプライン、ボット、ナレッジベースを読み込み中です。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>they were not read.</source>
        <translation>読み込まれていません。</translation>
    </message>
    <message>
        <source>This breaks what uses it:</source>
        <translation>使用しているものが壊れます：</translation>
    </message>
    <message>
        <source>Whether other pipelines or bots use it could not be checked: %1</source>
        <translation>他のパイプラインやボットが使っているかは確認できませんでした：%1</translation>
    </message>
    <message>
        <source>No pipeline, knowledge base or bot uses it.</source>
        <translation>これを使うパイプライン、ナレッジベース、ボットはありません。</translation>
    </message>
    <message>
        <source>Delete model “%1”? This cannot be undone.</source>
        <translation>モデル「%1」を削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n models? This cannot be undone.</source>
        <translation>
            <numerusform>%n 個のモデルを削除しますか？この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a production server.</source>
        <translation>「%1」は本番サーバーです。</translation>
    </message>
    <message>
        <source>Delete model on production</source>
        <translation>本番環境のモデルを削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete model in use</source>
        <translation>使用中のモデルの削除</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>モデルの削除</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDialog</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The model&apos;s name at the provider, as sent in every request (e.g. gpt-4o).</source>
        <translation>プロバイダーでのモデル名。すべてのリクエストで送信されます（例：gpt-4o）。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>New Model[*]</source>
        <translation>新しいモデル[*]</translation>
    </message>
    <message>
        <source>Edit “%1”[*]</source>
        <translation>「%1」の編集[*]</translation>
    </message>
    <message>
        <source>Duplicate “%1”[*]</source>
        <translation>「%1」の複製[*]</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>作成(&amp;C)…</translation>
    </message>
    <message>
        <source>A saved model keeps its requester (LangBot&apos;s update has no requester field). To use another one, duplicate the model and pick it there.</source>
        <translation>保存済みのモデルのリクエスターは変更できません（LangBot の更新にはリクエスターのフィールドがありません）。別のリクエスターを使用するには、モデルを複製して複製先で選択してください。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Keys and Abilities</source>
        <translation>キーと機能</translation>
    </message>
    <message>
        <source>Copy the API key of “%1”</source>
        <translation>「%1」の API キーをコピー</translation>
    </message>
    <message>
        <source>Copy the %1 API keys of “%2”</source>
        <translation>「%2」の %1 個の API キーをコピー</translation>
    </message>
    <message>
        <source>Off: the copy starts without keys, so no secret is duplicated unless you ask</source>
        <translation>オフ：コピーはキーなしで作成されるため、指定しない限りシークレットは複製されません</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Abilities</source>
        <translation>機能(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xtra arguments</source>
        <translation>追加の引数(&amp;X)</translation>
    </message>
    <message>
        <source>e.g. openai-chat-completions</source>
        <translation>例：openai-chat-completions</translation>
    </message>
    <message>
        <source>&amp;Requester *</source>
        <translation>リクエスター(&amp;R) *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>No requester chosen</source>
        <translation>リクエスターが選択されていません</translation>
    </message>
    <message>
        <source>Connection — %1</source>
        <translation>接続 — %1</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（設定済み）</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（変更あり）</translation>
    </message>
    <message>
        <source>Type the name of a requester.</source>
        <translation>リクエスターの名前を入力してください。</translation>
    </message>
    <message>
        <source>%1 (and 1 more problem)</source>
        <translation>%1（ほか 1 件の問題）</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems)</source>
        <translation>%1（ほか %2 件の問題）</translation>
    </message>
    <message>
        <source>Waiting for the requester settings…</source>
        <translation>リクエスターの設定を待っています…</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>サーバーに接続されていません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Choose a requester first.</source>
        <translation>先にリクエスターを選択してください。</translation>
    </message>
    <message>
        <source>Not connected to a server: nothing can be saved.</source>
        <translation>サーバーに接続されていません：何も保存できません。</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>まだ何も変更されていません。</translation>
    </message>
    <message>
        <source>Review what will be sent, then save (Ctrl+S)</source>
        <translation>送信される内容を確認してから保存します（Ctrl+S）</translation>
    </message>
    <message>
        <source>Send the form to the server&apos;s test of unsaved settings: one small chat request to the provider; nothing is saved (Ctrl+T)</source>
        <translation>フォームの内容を、未保存の設定をテストするサーバー機能に送信します。プロバイダーに小さなチャットリクエストを 1 回送信し、何も保存しません（Ctrl+T）</translation>
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
        <translation>フォームの設定をテストしています…（何も保存されません）</translation>
    </message>
    <message>
        <source>Test passed: the provider answered, round trip %1. Nothing was saved.</source>
        <translation>テストに成功しました：プロバイダーが応答しました（ラウンドトリップ %1）。何も保存されていません。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストをキャンセルしました。</translation>
    </message>
    <message>
        <source>Test failed after %1: %2</source>
        <translation>テストに失敗しました（%1 後）：%2</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>「%1」の作成</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>「%1」の保存</translation>
    </message>
    <message>
        <source>A new model “%1” will be created on the server with these values.</source>
        <translation>以下の値で新しいモデル「%1」がサーバー上に作成されます。</translation>
    </message>
    <message>
        <source>These changes to “%1” will be sent to the server. Fields not listed stay as they are.</source>
        <translation>「%1」に対する以下の変更がサーバーに送信されます。一覧にないフィールドはそのまま変わりません。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>保存されていません。</translation>
    </message>
    <message>
        <source>Creating the model…</source>
        <translation>モデルを作成しています…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Checking the model on the server…</source>
        <translation>サーバー上のモデルを確認しています…</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server: it was deleted after you opened it. Nothing was sent; your values are still here.</source>
        <translation>「%1」はサーバー上に存在しません。開いた後に削除されました。何も送信されていません。入力した値はそのまま残っています。</translation>
    </message>
    <message>
        <source>The model could not be read again before saving, so nothing was sent: %1</source>
        <translation>保存前にモデルを再読み込みできなかったため、何も送信されていません：%1</translation>
    </message>
    <message>
        <source>Someone changed “%1” on the server after you opened it (last update: %2).</source>
        <translation>開いた後に、他のユーザーがサーバー上の「%1」を変更しました（最終更新：%2）。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Both of you changed: %1.</source>
        <translation>双方が変更した項目：%1。</translation>
    </message>
    <message>
        <source>Overwrite with mine: save what this dialog shows; their changes listed here are lost.
Re-edit on their version: load their version and keep your changes on top, then check and save again.
Cancel: nothing is sent; keep editing.</source>
        <translation>自分の変更で上書き：このダイアログの内容を保存します。ここに一覧表示されている相手の変更は失われます。
サーバー側の版で再編集：相手の版を読み込み、その上に自分の変更を適用してから、確認して再度保存します。
キャンセル：何も送信せず、編集を続けます。</translation>
    </message>
    <message>
        <source>The model changed on the server.</source>
        <translation>サーバー上でモデルが変更されました。</translation>
    </message>
    <message>
        <source>Someone saved “%1” after you opened it.</source>
        <translation>開いた後に、他のユーザーが「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Their version is loaded.</source>
        <translation>相手の版を読み込みました。</translation>
    </message>
    <message>
        <source>Your changes are kept on top of it. Check the form and save again.</source>
        <translation>自分の変更はその上に適用されています。フォームを確認して再度保存してください。</translation>
    </message>
    <message>
        <source>Your changes are kept on top of it; where both of you changed a field (%1), yours is shown. Check the form and save again.</source>
        <translation>自分の変更はその上に適用されています。双方が変更したフィールド（%1）には自分の値が表示されています。フォームを確認して再度保存してください。</translation>
    </message>
    <message>
        <source>“%1” changed on the server after you opened it, and nothing was sent. Save again to decide, or close to discard your changes.</source>
        <translation>開いた後にサーバー上の「%1」が変更されたため、何も送信されていません。再度保存して決定するか、閉じて変更を破棄してください。</translation>
    </message>
    <message>
        <source>Could not create the model.</source>
        <translation>モデルを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the model.</source>
        <translation>モデルを保存できませんでした。</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation>「%1」への変更は保存されていません。</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>新しいモデル</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Close the dialog and lose them, or cancel to go on editing.</source>
        <translation>ダイアログを閉じて変更を破棄するか、キャンセルして編集を続けてください。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelEditing</name>
    <message>
        <source>&amp;New Model…</source>
        <translation>新しいモデル(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Create a model on the server, with a form made from its requester</source>
        <translation>リクエスターに基づくフォームを使って、サーバー上にモデルを作成します</translation>
    </message>
    <message>
        <source>Create a model (Ctrl+N)</source>
        <translation>モデルを作成（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit the selected model</source>
        <translation>選択したモデルを編集します</translation>
    </message>
    <message>
        <source>Edit the selected model (Enter or double-click)</source>
        <translation>選択したモデルを編集（Enter またはダブルクリック）</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>複製(&amp;U)…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Create a copy of the selected model (without its keys unless you ask)</source>
        <translation>選択したモデルのコピーを作成します（指定しない限りキーは含みません）</translation>
    </message>
    <message>
        <source>Duplicate the selected model (Ctrl+D)</source>
        <translation>選択したモデルを複製（Ctrl+D）</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached</source>
        <translation>オフラインでは使用できません：サーバーに接続できません</translation>
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
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Waiting for a free test slot</source>
        <translation>空きテストスロットを待っています</translation>
    </message>
    <message>
        <source>Recent tests (newest first)</source>
        <translation>最近のテスト（新しい順）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>… and 1 older test</source>
        <translation>…ほか 1 件の古いテスト</translation>
    </message>
    <message>
        <source>… and %1 older tests</source>
        <translation>…ほか %1 件の古いテスト</translation>
    </message>
</context>
<context>
    <name>lb::gui::NumberFieldEditor</name>
    <message>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%2 ～ %3 の%1</translation>
    </message>
    <message>
        <source>%1 of at least %2</source>
        <translation>%2 以上の%1</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%2 以下の%1</translation>
    </message>
</context>
<context>
    <name>lb::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>How many models are tested at the same time by Test All and Test Selected (%1 to %2)</source>
        <translation>「すべてテスト」と「選択したモデルをテスト」で同時にテストするモデルの数（%1 ～ %2）</translation>
    </message>
    <message>
        <source>Each test makes the server call the model&apos;s provider. More at once is faster, but providers may limit the rate of requests.</source>
        <translation>各テストでは、サーバーがモデルのプロバイダーを呼び出します。同時に実行する数が多いほど速くなりますが、プロバイダーがリクエストのレートを制限する場合があります。</translation>
    </message>
    <message>
        <source>&amp;Tests at the same time:</source>
        <translation>同時に実行するテスト数(&amp;T)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours; Light and Dark choose them</source>
        <translation>「システム」はデスクトップの配色に従い、「ライト」と「ダーク」は配色を固定します</translation>
    </message>
    <message>
        <source>The language takes effect after a restart of the console.</source>
        <translation>言語の変更はコンソールの再起動後に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfileManagerDialog</name>
    <message>
        <source>No address yet</source>
        <translation>アドレス未設定</translation>
    </message>
    <message>
        <source>The servers this console knows, in the order of the switcher</source>
        <translation>このコンソールが認識しているサーバー（切り替えメニューの順）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation>プロファイルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>LangBot user (email and password)</source>
        <translation>LangBot ユーザー（メールアドレスとパスワード）</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>接続を確認しています</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>no address yet</source>
        <translation>アドレス未設定</translation>
    </message>
    <message>
        <source>, not saved yet</source>
        <translation>、未保存</translation>
    </message>
    <message>
        <source>, unsaved changes</source>
        <translation>、未保存の変更あり</translation>
    </message>
    <message>
        <source>Name: another profile is already called “%1”.</source>
        <translation>名前：「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>シークレットをキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>No changes to save</source>
        <translation>保存する変更はありません</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation>このプロファイルを保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Ask the server for its version and, with the secret, list its models</source>
        <translation>サーバーにバージョンを問い合わせ、シークレットがあればモデルを一覧表示します</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>The colour of this profile: %1</source>
        <translation>このプロファイルの色：%1</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Storing the %1 in the keychain…</source>
        <translation>%1をキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The %1 is stored in the keychain when you save.</source>
        <translation>%1は保存時にキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Replaces the stored %1 when you save.</source>
        <translation>保存時に、保存済みの%1を置き換えます。</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>キーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave the field empty to keep it, or type a new %1 to replace it.</source>
        <translation>キーチェーンに保存済みです。そのままにする場合は空欄のままにし、置き換える場合は新しい%1を入力してください。</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>Kept in memory for this session only, not in the keychain. Type it again to store it.</source>
        <translation>キーチェーンではなく、このセッションの間のみメモリ上に保持されています。保存するには再度入力してください。</translation>
    </message>
    <message>
        <source>Kept for this session</source>
        <translation>このセッションのみ保持</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save, never in a file. Leave it empty to be asked when connecting.</source>
        <translation>保存時にシステムのキーチェーンに保存され、ファイルには書き込まれません。空欄のままにすると、接続時に入力を求められます。</translation>
    </message>
    <message>
        <source>No %1 stored yet: type it here, or the console asks when it connects.</source>
        <translation>%1はまだ保存されていません。ここに入力するか、接続時にコンソールから入力を求められます。</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>キーチェーンを読み取れません：%1</translation>
    </message>
    <message>
        <source>Hide the typed secret</source>
        <translation>入力したシークレットを隠す</translation>
    </message>
    <message>
        <source>Show the typed secret</source>
        <translation>入力したシークレットを表示</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>「%1」の色</translation>
    </message>
    <message>
        <source>Secrets are not copied.</source>
        <translation>シークレットはコピーされません。</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?
Its API key or password is removed from the keychain as well. Nothing on the server changes.</source>
        <translation>プロファイル「%1」を削除しますか？
その API キーまたはパスワードもキーチェーンから削除されます。サーバー上では何も変更されません。</translation>
    </message>
    <message>
        <source>Delete production profile</source>
        <translation>本番プロファイルの削除</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>プロファイルを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>プロファイルを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The %1 of “%2” could not be stored in the keychain.
%3
Nothing was written to disk. You can keep it in memory until the console quits, or try again.</source>
        <translation>「%2」の%1をキーチェーンに保存できませんでした。
%3
ディスクには何も書き込まれていません。コンソールを終了するまでメモリ上に保持するか、再試行してください。</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>キーチェーンからシークレットを読み取っています…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>確認をキャンセルしました。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（バージョン不明）</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 個のモデル</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 個のモデル</translation>
    </message>
    <message>
        <source>LangBot %1 — %2</source>
        <translation>LangBot %1 — %2</translation>
    </message>
    <message>
        <source>LangBot %1 is reachable. Type the password to check the login as well.</source>
        <translation>LangBot %1 に接続できます。サインインも確認するには、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>LangBot %1 is reachable. Type the API key to check it as well.</source>
        <translation>LangBot %1 に接続できます。API キーも確認するには、API キーを入力してください。</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>確認に失敗しました。</translation>
    </message>
    <message>
        <source>The server is LangBot %1.</source>
        <translation>サーバーは LangBot %1 です。</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet.</source>
        <translation>このプロファイルのシークレットはまだ保存されていません。</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>「%1」への未保存の変更を破棄しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n profiles?</source>
        <translation>
            <numerusform>%n 個のプロファイルへの未保存の変更を破棄しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfilesImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Could not read “%1”. Nothing was changed.</source>
        <translation>「%1」を読み込めませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid profiles document. Nothing was changed.</source>
        <translation>「%1」は有効なプロファイルドキュメントではありません。何も変更されていません。</translation>
    </message>
    <message>
        <source>Import 1 profile from “%1”.</source>
        <translation>「%1」から 1 個のプロファイルをインポートします。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profiles from “%1”.</source>
        <translation>
            <numerusform>「%1」から %n 個のプロファイルをインポートします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>プロファイルのインポート</translation>
    </message>
    <message>
        <source>New: no profile has this name.</source>
        <translation>新規：この名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>The list has this profile already, with the same settings.</source>
        <translation>このプロファイルは同じ設定ですでに一覧にあります。</translation>
    </message>
    <message>
        <source>The list has a profile named “%1” with other settings. Choose Replace to take the file&apos;s settings, or Add as copy.</source>
        <translation>一覧には「%1」という名前で設定の異なるプロファイルがあります。ファイルの設定を使用するには「置き換え」を、または「コピーとして追加」を選択してください。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add as copy</source>
        <translation>コピーとして追加</translation>
    </message>
    <message>
        <source>Add as “%1”</source>
        <translation>「%1」として追加</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>“%1” takes the file&apos;s settings and keeps its place in the list.</source>
        <translation>「%1」はファイルの設定を取り込み、一覧内の位置はそのまま維持されます。</translation>
    </message>
    <message>
        <source>The server address or sign-in changes: its stored API key or password is forgotten and asked for again.</source>
        <translation>サーバーのアドレスまたはサインイン方法が変わるため、保存済みの API キーまたはパスワードは破棄され、再度入力を求められます。</translation>
    </message>
    <message>
        <source>It is a production profile: you are asked to type its name.</source>
        <translation>これは本番プロファイルです：名前の入力を求められます。</translation>
    </message>
    <message>
        <source>Added under the name “%1”.</source>
        <translation>「%1」という名前で追加されます。</translation>
    </message>
    <message>
        <source>&amp;Import 1 Profile</source>
        <translation>1 個のプロファイルをインポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Profiles</source>
        <translation>
            <numerusform>%n 個のプロファイルをインポート(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Replace a Production Profile</source>
        <translation>本番プロファイルの置き換え</translation>
    </message>
    <message>
        <source>“%1” is a production profile. The import replaces its settings with the file&apos;s. Type the profile&apos;s name to continue.</source>
        <translation>「%1」は本番プロファイルです。インポートにより、その設定がファイルの設定に置き換えられます。続行するにはプロファイル名を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was imported: replacing “%1” was not confirmed.</source>
        <translation>何もインポートされていません：「%1」の置き換えが確認されませんでした。</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed: the profile could not be added</source>
        <translation>失敗：プロファイルを追加できませんでした</translation>
    </message>
    <message>
        <source>added as “%1”</source>
        <translation>「%1」として追加</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>failed: the profile to replace is gone</source>
        <translation>失敗：置き換えるプロファイルが存在しません</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>the profile could not be saved</source>
        <translation>プロファイルを保存できませんでした</translation>
    </message>
    <message>
        <source>replaced (secret forgotten)</source>
        <translation>置き換え（シークレットは破棄）</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>%1 added, %2 replaced, %3 failed.</source>
        <translation>追加 %1 件、置き換え %2 件、失敗 %3 件。</translation>
    </message>
    <message>
        <source>%1 added, %2 replaced.</source>
        <translation>追加 %1 件、置き換え %2 件。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderDeletion</name>
    <message>
        <source>Delete Provider</source>
        <translation>プロバイダーを削除</translation>
    </message>
    <message>
        <source>Delete the provider “%1”?</source>
        <translation>プロバイダー「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n model(s) and then the provider “%1”?</source>
        <translation>
            <numerusform>これら %n 個のモデルを削除してから、プロバイダー「%1」を削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n model(s) to “%1” and then delete the provider “%2”?</source>
        <translation>
            <numerusform>これら %n 個のモデルを「%1」に移動してから、プロバイダー「%2」を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move and Delete</source>
        <translation>移動して削除</translation>
    </message>
    <message numerus="yes">
        <source>The server refuses to delete “%1” while models use it. These %n model(s) use it:</source>
        <translation>
            <numerusform>モデルが使用している間、サーバーは「%1」を削除できません。次の %n 個のモデルが使用しています：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete these models first</source>
        <translation>先にこれらのモデルを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Move them to another provider:</source>
        <translation>別のプロバイダーに移動(&amp;M)：</translation>
    </message>
    <message>
        <source>Provider to move the models to</source>
        <translation>モデルの移動先プロバイダー</translation>
    </message>
    <message>
        <source>The window switched to another server while you decided: nothing was sent.</source>
        <translation>判断している間にウィンドウが別のサーバーに切り替わりました。何も送信していません。</translation>
    </message>
    <message>
        <source>The provider “%1” is no longer on the server: nothing was sent.</source>
        <translation>プロバイダー「%1」はもうサーバーにありません。何も送信していません。</translation>
    </message>
    <message>
        <source>The provider to move the models to is no longer on the server: nothing was sent.</source>
        <translation>モデルの移動先のプロバイダーはもうサーバーにありません。何も送信していません。</translation>
    </message>
    <message>
        <source>The provider to move the models to does not serve %1 models: nothing was sent.</source>
        <translation>モデルの移動先のプロバイダーは %1 モデルに対応していません。何も送信していません。</translation>
    </message>
    <message>
        <source>The models that use “%1” changed while you decided: nothing was sent. Delete it again to see them.</source>
        <translation>判断している間に「%1」を使うモデルが変わりました。何も送信していません。もう一度削除すると一覧が表示されます。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderDialog</name>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>hidden by the server (no secret permission)</source>
        <translation>サーバーにより非表示（シークレット権限なし）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>キーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>The server uses the keys in turn</source>
        <translation>サーバーはキーを順番に使用します</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API キー：</translation>
    </message>
    <message>
        <source>Edit Provider</source>
        <translation>プロバイダーを編集</translation>
    </message>
    <message>
        <source>Duplicate Provider</source>
        <translation>プロバイダーを複製</translation>
    </message>
    <message>
        <source>New Provider</source>
        <translation>新規プロバイダー</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>Kept as stored unless you type a new key</source>
        <translation>新しいキーを入力しない限り、保存済みのキーを維持します</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>キーを隠す</translation>
    </message>
    <message>
        <source>Remove key %1</source>
        <translation>キー %1 を削除</translation>
    </message>
    <message>
        <source>A provider needs a name and a type.</source>
        <translation>プロバイダーには名前と種類が必要です。</translation>
    </message>
    <message>
        <source>Saving a provider needs the permission %1.</source>
        <translation>プロバイダーの保存には権限 %1 が必要です。</translation>
    </message>
    <message>
        <source>&amp;Delete the half-saved provider</source>
        <translation>途中まで保存されたプロバイダーを削除(&amp;D)</translation>
    </message>
    <message>
        <source>The server saved the provider “%1” before it failed.</source>
        <translation>サーバーは失敗する前にプロバイダー「%1」を保存しました。</translation>
    </message>
    <message>
        <source>The half-saved provider was deleted.</source>
        <translation>途中まで保存されたプロバイダーを削除しました。</translation>
    </message>
    <message>
        <source>A key hidden by the server can be replaced, not removed</source>
        <translation>サーバーが隠しているキーは置き換えられますが、削除はできません</translation>
    </message>
    <message>
        <source>The provider could not be read: close this dialog and open it again.</source>
        <translation>プロバイダーを読み取れませんでした：このダイアログを閉じて開き直してください。</translation>
    </message>
    <message>
        <source>The server hides this provider&apos;s base URL: enter the base URL of the copy.</source>
        <translation>サーバーがこのプロバイダーのベース URL を隠しています：コピーのベース URL を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The server hides %n of the source&apos;s API keys (no secret permission): the copy cannot take them. Type the keys the copy should use.</source>
        <translation>
            <numerusform>サーバーがコピー元の API キー %n 個を隠しています（シークレット権限なし）。コピーには引き継げません。コピーで使うキーを入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server hides the source&apos;s base URL: type the base URL of the copy.</source>
        <translation>サーバーがコピー元のベース URL を隠しています。コピーのベース URL を入力してください。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderModelDialog</name>
    <message>
        <source>Provider default</source>
        <translation>プロバイダーの既定</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>最小</translation>
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
        <translation>最高</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大限</translation>
    </message>
    <message>
        <source>Edit Model — %1</source>
        <translation>モデルを編集 — %1</translation>
    </message>
    <message>
        <source>Duplicate Model — %1</source>
        <translation>モデルを複製 — %1</translation>
    </message>
    <message>
        <source>New Model</source>
        <translation>新規モデル</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>モデルの種類</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>リランク</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation>プロバイダーを選択…</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The model&apos;s id at the provider, e.g. gpt-4o</source>
        <translation>プロバイダーでのモデル ID（例: gpt-4o）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Abilities:</source>
        <translation>機能(&amp;A):</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>The model&apos;s context window in tokens; “Not set” leaves it unknown</source>
        <translation>モデルのコンテキストウィンドウ（トークン数）。「未設定」のままなら不明として扱います</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>コンテキスト長(&amp;C):</translation>
    </message>
    <message>
        <source>Reasoning level</source>
        <translation>推論レベル</translation>
    </message>
    <message>
        <source>&amp;Reasoning level:</source>
        <translation>推論レベル(&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;xtra arguments:</source>
        <translation>追加引数(&amp;X):</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待つのをやめる</translation>
    </message>
    <message>
        <source>Stop waiting for the test</source>
        <translation>テストを待つのをやめる</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <source>The type of a saved model is fixed</source>
        <translation>保存済みモデルの種類は変更できません</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>リクエスター: %1</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>新規プロバイダー…</translation>
    </message>
    <message>
        <source>This server has no provider yet: make one with “New provider…”.</source>
        <translation>このサーバーにはまだプロバイダーがありません。「新規プロバイダー…」で作成してください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Requester: %1 · API keys: %2</source>
        <translation>リクエスター: %1 · API キー: %2</translation>
    </message>
    <message>
        <source>Levels need the reasoning ability: tick “Reasoning” to choose one.</source>
        <translation>レベルには推論機能が必要です。「推論」にチェックすると選べます。</translation>
    </message>
    <message>
        <source>The server reports no other level for this model yet: save it with the reasoning ability, then edit it again to choose one.</source>
        <translation>サーバーはこのモデルに他のレベルをまだ報告していません。推論機能を付けて保存し、もう一度編集してレベルを選んでください。</translation>
    </message>
    <message>
        <source>Needs the permission %1, which these credentials lack</source>
        <translation>権限 %1 が必要ですが、この資格情報にはありません</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>サーバーに接続していません</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>プロバイダーを選択してください</translation>
    </message>
    <message>
        <source>Enter the model&apos;s name</source>
        <translation>モデル名を入力してください</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>まだ変更はありません</translation>
    </message>
    <message>
        <source>Test the settings in the form without saving them</source>
        <translation>フォームの設定を保存せずにテストします</translation>
    </message>
    <message>
        <source>The server hides this provider&apos;s keys (no secret permission), and a test of an unsaved model sends them: nothing was sent. A saved model can be tested from the model list; an unsaved one cannot.</source>
        <translation>サーバーはこのプロバイダーのキーを隠しています（シークレット権限なし）。未保存のモデルのテストではキーを送信する必要があるため、何も送信していません。保存済みのモデルはモデル一覧からテストできますが、未保存のモデルはテストできません。</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s keys…</source>
        <translation>プロバイダーのキーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not create the model.</source>
        <translation>モデルを作成できませんでした。</translation>
    </message>
    <message>
        <source>Providers whose requester serves %1 models; the provider holds the requester, base URL and API keys the model uses</source>
        <translation>リクエスターが %1 モデルに対応するプロバイダー。プロバイダーはモデルが使うリクエスター、ベース URL、API キーを保持します</translation>
    </message>
    <message>
        <source>The server saved “%1” before it failed.</source>
        <translation>サーバーは失敗する前に「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Delete the half-saved model</source>
        <translation>途中まで保存されたモデルを削除</translation>
    </message>
    <message>
        <source>Could not delete the half-saved model.</source>
        <translation>途中まで保存されたモデルを削除できませんでした。</translation>
    </message>
    <message>
        <source>The half-saved model was deleted.</source>
        <translation>途中まで保存されたモデルを削除しました。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderTestPanel</name>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>A model the provider offers, e.g. gpt-4o-mini</source>
        <translation>プロバイダーが提供するモデル（例: gpt-4o-mini）</translation>
    </message>
    <message>
        <source>One of the provider&apos;s models, or the name of one it offers</source>
        <translation>プロバイダーのモデル、またはプロバイダーが提供するモデルの名前</translation>
    </message>
    <message>
        <source>Model type of the test</source>
        <translation>テストするモデルの種類</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待つのをやめる</translation>
    </message>
    <message>
        <source>Stop waiting for the server&apos;s answer</source>
        <translation>サーバーの応答を待つのをやめます</translation>
    </message>
    <message>
        <source>Testing “%1”… %2 s (nothing is saved)</source>
        <translation>「%1」をテスト中… %2 秒（何も保存しません）</translation>
    </message>
    <message>
        <source>%1 model</source>
        <translation>%1 モデル</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>サーバーに接続していません</translation>
    </message>
    <message>
        <source>Needs the permission %1, which these credentials lack</source>
        <translation>権限 %1 が必要ですが、この認証情報にはありません</translation>
    </message>
    <message>
        <source>This requester serves no model type this server has</source>
        <translation>このリクエスターは、このサーバーにあるどのモデルの種類にも対応していません</translation>
    </message>
    <message>
        <source>Enter the name of a model the provider offers</source>
        <translation>プロバイダーが提供するモデルの名前を入力してください</translation>
    </message>
    <message>
        <source>Ask the server to call one model through these settings, without saving them</source>
        <translation>この設定で 1 つのモデルを呼び出すようサーバーに依頼します（設定は保存しません）</translation>
    </message>
    <message>
        <source>Cannot test: the server hides this provider&apos;s keys or base URL (no secret permission), and a test of unsaved settings sends them to the provider as they are. Type the keys (and the base URL) in full to test them, or test a saved model from the model list.</source>
        <translation>テストできません: サーバーがこのプロバイダーのキーまたはベース URL を隠しており（シークレット権限なし）、未保存の設定のテストはそれらをそのままプロバイダーに送ります。テストするにはキー（とベース URL）を完全に入力するか、モデル一覧から保存済みのモデルをテストしてください。</translation>
    </message>
    <message>
        <source>Testing “%1”… (nothing is saved; gives up after %2 s)</source>
        <translation>「%1」をテスト中…（何も保存しません。%2 秒で打ち切ります）</translation>
    </message>
    <message>
        <source>Connection works: “%1” answered, round trip %2 ms. Nothing was saved.</source>
        <translation>接続できました: 「%1」が応答しました。往復 %2 ms。何も保存していません。</translation>
    </message>
    <message>
        <source>Test stopped: the server may still be calling the provider.</source>
        <translation>テストを止めました。サーバーはまだプロバイダーを呼び出しているかもしれません。</translation>
    </message>
    <message>
        <source>Test failed after %1 ms: %2</source>
        <translation>%1 ms 後にテスト失敗: %2</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProvidersPane</name>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Provider actions</source>
        <translation>プロバイダーの操作</translation>
    </message>
    <message>
        <source>New Provider…</source>
        <translation>新規プロバイダー…</translation>
    </message>
    <message>
        <source>Add a provider: a requester, a base URL and API keys</source>
        <translation>プロバイダーを追加：リクエスター、ベース URL、API キー</translation>
    </message>
    <message>
        <source>Edit Provider…</source>
        <translation>プロバイダーを編集…</translation>
    </message>
    <message>
        <source>Edit the selected provider</source>
        <translation>選択したプロバイダーを編集</translation>
    </message>
    <message>
        <source>Duplicate Provider…</source>
        <translation>プロバイダーを複製…</translation>
    </message>
    <message>
        <source>Make a new provider from the selected one</source>
        <translation>選択したプロバイダーから新しいプロバイダーを作成</translation>
    </message>
    <message>
        <source>Delete Provider…</source>
        <translation>プロバイダーを削除…</translation>
    </message>
    <message>
        <source>Delete the selected provider</source>
        <translation>選択したプロバイダーを削除</translation>
    </message>
    <message>
        <source>Offline: the list is a saved copy</source>
        <translation>オフライン：一覧は保存されたコピーです</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>This server (LangBot 4.0–4.6) has no providers: the grouping follows the models and is read-only</source>
        <translation>このサーバー（LangBot 4.0–4.6）にはプロバイダーがありません：グループはモデルから決まり、読み取り専用です</translation>
    </message>
    <message>
        <source>Needs the permission %1</source>
        <translation>権限 %1 が必要です</translation>
    </message>
    <message>
        <source>Select a provider first</source>
        <translation>先にプロバイダーを選択してください</translation>
    </message>
    <message>
        <source>More provider actions</source>
        <translation>その他のプロバイダー操作</translation>
    </message>
    <message>
        <source>Scan Models…</source>
        <translation>モデルをスキャン…</translation>
    </message>
    <message>
        <source>List the models the selected provider&apos;s endpoint offers and add many at once</source>
        <translation>選択したプロバイダーのエンドポイントが提供するモデルを一覧表示し、まとめて追加します</translation>
    </message>
    <message>
        <source>Needs LangBot 4.9.7 or later (this server: %1)</source>
        <translation>LangBot 4.9.7 以降が必要です（このサーバー：%1）</translation>
    </message>
</context>
<context>
    <name>lb::gui::ReplaceModelDialog</name>
    <message>
        <source>Replace “%1” Everywhere</source>
        <translation>「%1」をすべて置き換え</translation>
    </message>
    <message>
        <source>Plan of the replacement</source>
        <translation>置き換えの計画</translation>
    </message>
    <message>
        <source>Type or pick the model that takes its place</source>
        <translation>代わりのモデルを入力または選択</translation>
    </message>
    <message>
        <source>The models of the same type on this server</source>
        <translation>このサーバーの同じ種類のモデル</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Send nothing more (a pipeline being written finishes)</source>
        <translation>これ以上何も送信しません（書き込み中のパイプラインは完了します）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 (%2, provider %3)</source>
        <translation>%1（%2、プロバイダー %3）</translation>
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
        <translation>計画を作ったサーバーに接続していません。</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>オフラインでは使えません：サーバーに接続できません。</translation>
    </message>
    <message>
        <source>Changing pipelines needs the permission “%1”, which this key or account does not have.</source>
        <translation>パイプラインの変更には権限「%1」が必要ですが、このキーまたはアカウントにはありません。</translation>
    </message>
    <message>
        <source>“%1” is not on the server any more.</source>
        <translation>「%1」はもうサーバーにありません。</translation>
    </message>
    <message>
        <source>Reading the pipelines, bots and knowledge bases…</source>
        <translation>パイプライン、ボット、ナレッジベースを読み込み中…</translation>
    </message>
    <message>
        <source>they were not read.</source>
        <translation>読み込まれていません。</translation>
    </message>
    <message>
        <source>The plan needs the pipelines, bots and knowledge bases: %1</source>
        <translation>計画にはパイプライン、ボット、ナレッジベースが必要です：%1</translation>
    </message>
    <message>
        <source>Choose the model that takes the place of “%1”.</source>
        <translation>「%1」の代わりになるモデルを選んでください。</translation>
    </message>
    <message>
        <source>No pipeline uses “%1”: there is nothing to replace.</source>
        <translation>「%1」を使うパイプラインはありません：置き換えるものはありません。</translation>
    </message>
    <message>
        <source>No pipeline names “%1” itself: there is nothing to replace, but the knowledge bases below embed with it.</source>
        <translation>「%1」を直接参照するパイプラインはありません：置き換えるものはありませんが、下のナレッジベースはこれで埋め込みます。</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) change. Each is read again just before it is written, and only these fields change; writing a pipeline clears its conversations in memory.</source>
        <translation>
            <numerusform>%n 個のパイプラインが変わります。各パイプラインは書き込む直前に読み直され、これらのフィールドだけが変わります。パイプラインを書き込むと、メモリ上の会話は消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline “%1”</source>
        <translation>パイプライン「%1」</translation>
    </message>
    <message>
        <source>No bot runs this pipeline.</source>
        <translation>このパイプラインを実行しているボットはありません。</translation>
    </message>
    <message>
        <source>Bots that will notice: %1</source>
        <translation>影響を受けるボット：%1</translation>
    </message>
    <message>
        <source>Knowledge bases to recreate (never edited)</source>
        <translation>作り直すナレッジベース（編集はしません）</translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” by “%2” in %n pipeline(s)?</source>
        <translation>
            <numerusform>%n 個のパイプラインで「%1」を「%2」に置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a production server.</source>
        <translation>「%1」は本番サーバーです。</translation>
    </message>
    <message>
        <source>Replace model on production</source>
        <translation>本番環境のモデルを置き換え</translation>
    </message>
    <message>
        <source>Nothing was sent: the server, its models or its pipelines changed while you confirmed. Check the plan again.</source>
        <translation>何も送信していません：確認している間にサーバー、モデル、またはパイプラインが変わりました。計画をもう一度確認してください。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書き込み中…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更済み</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 件変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 件スキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 件キャンセル</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完了：%1。</translation>
    </message>
    <message>
        <source>Reading the pipelines again…</source>
        <translation>パイプラインを読み直し中…</translation>
    </message>
    <message>
        <source>Nothing uses “%1” any more.</source>
        <translation>「%1」を使うものはもうありません。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still used by %n pipeline(s).</source>
        <translation>
            <numerusform>「%1」はまだ %n 個のパイプラインで使われています。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Plan &amp;Again</source>
        <translation>計画を作り直す(&amp;A)</translation>
    </message>
    <message>
        <source>Make the plan again from the pipelines as they are now</source>
        <translation>現在のパイプラインから計画を作り直します</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace in %n Pipeline(s)</source>
        <translation>
            <numerusform>%n 個のパイプラインで置き換え(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the changes above to the server, one pipeline at a time</source>
        <translation>上の変更をパイプラインごとにサーバーへ書き込みます</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>「%1」を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the old model (asks first, and names anything that still uses it)</source>
        <translation>旧モデルを削除します（先に確認し、まだ使っているものを示します）</translation>
    </message>
    <message>
        <source>Pipeline “%1”: %2</source>
        <translation>パイプライン「%1」：%2</translation>
    </message>
</context>
<context>
    <name>lb::gui::RequestIdButton</name>
    <message>
        <source>Copy request id</source>
        <translation>リクエスト ID をコピー</translation>
    </message>
    <message>
        <source>Copy the request id: the server&apos;s log holds the real error under it</source>
        <translation>リクエスト ID をコピー: サーバーのログに、この ID で本当のエラーが記録されています</translation>
    </message>
</context>
<context>
    <name>lb::gui::RequesterPicker</name>
    <message>
        <source>&amp;Requester</source>
        <translation>リクエスター(&amp;R)</translation>
    </message>
    <message>
        <source>Search: name, label or alias</source>
        <translation>検索：名前、ラベル、エイリアス</translation>
    </message>
    <message>
        <source>Search requesters</source>
        <translation>リクエスターを検索</translation>
    </message>
    <message>
        <source>Finds requesters by label (any language), name or alias, such as “claude”, “gpt” or “glm”</source>
        <translation>ラベル（任意の言語）、名前、エイリアスでリクエスターを検索します（例：「claude」、「gpt」、「glm」）</translation>
    </message>
    <message>
        <source>No requester matches.</source>
        <translation>一致するリクエスターはありません。</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>リクエスター</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, serves %3</source>
        <translation>%1、%2、対応: %3</translation>
    </message>
    <message>
        <source>Model makers</source>
        <translation>モデルメーカー</translation>
    </message>
    <message>
        <source>Model platforms (MaaS)</source>
        <translation>モデルプラットフォーム（MaaS）</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>セルフホスト</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内蔵</translation>
    </message>
    <message>
        <source>Unified gateways</source>
        <translation>統合ゲートウェイ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>lb::gui::ScanModelsDialog</name>
    <message>
        <source>Scan Models — %1</source>
        <translation>モデルのスキャン — %1</translation>
    </message>
    <message>
        <source>The models the endpoint of “%1” offers, beside the ones already added. Check the ones to add.</source>
        <translation>「%1」のエンドポイントが提供するモデルと、追加済みのモデルです。追加するものにチェックを付けてください。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <source>Model id or owner</source>
        <translation>モデル ID または所有者</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T)：</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Scan &amp;Again</source>
        <translation>再スキャン(&amp;A)</translation>
    </message>
    <message>
        <source>Ask the provider&apos;s endpoint for its models again</source>
        <translation>プロバイダーのエンドポイントにモデルをもう一度問い合わせます</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation>プロバイダーが提供するモデル</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>すべて選択(&amp;L)</translation>
    </message>
    <message>
        <source>Check every model shown that is not added yet</source>
        <translation>表示中の未追加のモデルをすべてチェックします</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>選択解除(&amp;N)</translation>
    </message>
    <message>
        <source>Uncheck every model shown</source>
        <translation>表示中のモデルのチェックをすべて外します</translation>
    </message>
    <message>
        <source>Add Models</source>
        <translation>モデルを追加</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop scanning or adding (models already sent are still added)</source>
        <translation>スキャンまたは追加を停止します（送信済みのモデルは追加されます）</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1（リクエスト ID %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (the reason is in the Status column)</source>
        <translation>
            <numerusform>%n 件失敗（理由は「状態」列にあります）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 件未送信</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>スキャンに失敗しました。</translation>
    </message>
    <message>
        <source>%1
Request id: %2</source>
        <translation>%1
リクエスト ID：%2</translation>
    </message>
    <message>
        <source>Saved for this provider but not offered by its endpoint now: %1</source>
        <translation>このプロバイダーに保存済みですが、現在エンドポイントが提供していないもの：%1</translation>
    </message>
    <message>
        <source>Scanning the provider&apos;s endpoint…</source>
        <translation>プロバイダーのエンドポイントをスキャン中…</translation>
    </message>
    <message>
        <source>Adding %1 of %2…</source>
        <translation>%2 件中 %1 件目を追加中…</translation>
    </message>
    <message>
        <source>Listing the models again…</source>
        <translation>モデルを再取得中…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered</source>
        <translation>
            <numerusform>%n 件のモデルを提供</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Model(s)</source>
        <translation>
            <numerusform>%n 件のモデルを追加(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Models</source>
        <translation>モデルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>%1 checked, %2 shown</source>
        <translation>%1 件チェック、%2 件表示</translation>
    </message>
</context>
<context>
    <name>lb::gui::SchemaForm</name>
    <message>
        <source>Other settings</source>
        <translation>その他の設定</translation>
    </message>
    <message>
        <source>The rest of requester_config, as a JSON object.</source>
        <translation>requester_config の残りの部分（JSON オブジェクト）。</translation>
    </message>
    <message>
        <source>Keys of requester_config that the requester&apos;s settings do not describe. They are kept as they are unless you change them here.</source>
        <translation>リクエスターの設定内容に記述されていない requester_config のキーです。ここで変更しない限り、そのまま保持されます。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
</context>
<context>
    <name>lb::gui::Screenshots</name>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>スクリーンショットを %1 に保存できませんでした</translation>
    </message>
</context>
<context>
    <name>lb::gui::SecretFieldEditor</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>値を表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>値を隠す</translation>
    </message>
</context>
<context>
    <name>lb::gui::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>%1 の API キー</translation>
    </message>
    <message>
        <source>Log in to “%1” (%2) as %3.</source>
        <translation>「%1」（%2）に %3 としてサインインします。</translation>
    </message>
    <message>
        <source>“%1” (%2) needs an API key.</source>
        <translation>「%1」（%2）には API キーが必要です。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>サインイン(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>パスワードを隠す</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>API キーを隠す</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API キーを表示</translation>
    </message>
</context>
<context>
    <name>lb::gui::SelectFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1（選択肢にありません）</translation>
    </message>
</context>
<context>
    <name>lb::gui::ServerUrl</name>
    <message>
        <source>Server URL: start the address with http:// or https://, e.g. http://127.0.0.1:5300.</source>
        <translation>サーバー URL：アドレスは http:// または https:// で始めてください（例：http://127.0.0.1:5300）。</translation>
    </message>
    <message>
        <source>Server URL: this is not a valid address (%1).</source>
        <translation>サーバー URL：有効なアドレスではありません（%1）。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>In dialogs</source>
        <translation>ダイアログ内</translation>
    </message>
    <message>
        <source>Move to the next or previous field</source>
        <translation>次または前のフィールドへ移動</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Go to the field or button with the underlined letter</source>
        <translation>下線付きの文字のフィールドまたはボタンへ移動</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Press the default button (OK, Save…)</source>
        <translation>既定のボタンを押す（OK、保存…）</translation>
    </message>
    <message>
        <source>Cancel or close the dialog</source>
        <translation>ダイアログをキャンセルする、または閉じる</translation>
    </message>
    <message>
        <source>Press the focused button, tick the focused box</source>
        <translation>フォーカスのあるボタンを押す、チェックボックスを切り替える</translation>
    </message>
    <message>
        <source>In the model table</source>
        <translation>モデルの表内</translation>
    </message>
    <message>
        <source>Move between models</source>
        <translation>モデル間を移動</translation>
    </message>
    <message>
        <source>Select more models</source>
        <translation>選択するモデルを追加</translation>
    </message>
    <message>
        <source>Select every model</source>
        <translation>すべてのモデルを選択</translation>
    </message>
    <message>
        <source>Open the row&apos;s menu</source>
        <translation>行のメニューを開く</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Search by action or key</source>
        <translation>アクションまたはキーで検索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
</context>
<context>
    <name>lb::gui::StringListFieldEditor</name>
    <message>
        <source>Add an item to %1</source>
        <translation>%1 に項目を追加</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>選択した項目を削除</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>選択した項目を上へ移動</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>選択した項目を下へ移動</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestProgress</name>
    <message>
        <source>Testing</source>
        <translation>テスト中</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>テストの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop testing: drop the waiting tests and abort the running ones</source>
        <translation>テストを停止：待機中のテストを破棄し、実行中のテストを中止します</translation>
    </message>
    <message>
        <source>Cancel the tests</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>残り約 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>残り約 %1 分</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 tests finished</source>
        <translation>%2 件中 %1 件のテストが完了</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestResultPanel</name>
    <message>
        <source>&amp;Cancel test</source>
        <translation>テストをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation>メッセージをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation>テスト実行中</translation>
    </message>
    <message>
        <source>Stop waiting for this test (Esc)</source>
        <translation>このテストの待機を停止（Esc）</translation>
    </message>
    <message>
        <source>Copy the server&apos;s message to the clipboard</source>
        <translation>サーバーのメッセージをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>サーバーのメッセージ</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 をテストしています…</translation>
    </message>
    <message>
        <source>The server is sending a short chat request to the provider.</source>
        <translation>サーバーがプロバイダーに短いチャットリクエストを送信しています。</translation>
    </message>
    <message>
        <source>Waiting for a free test slot: other tests are running.</source>
        <translation>空きテストスロットを待っています：他のテストが実行中です。</translation>
    </message>
    <message>
        <source>✓ %1 answered in %2 ms</source>
        <translation>✓ %1 が %2 ms で応答しました</translation>
    </message>
    <message>
        <source>Round trip measured by the console, including the provider&apos;s answer.</source>
        <translation>コンソールで計測したラウンドトリップ時間（プロバイダーの応答を含む）。</translation>
    </message>
    <message>
        <source>✗ %1 failed the test</source>
        <translation>✗ %1 はテストに失敗しました</translation>
    </message>
    <message>
        <source>The server&apos;s message:</source>
        <translation>サーバーのメッセージ：</translation>
    </message>
    <message>
        <source>Test of %1 cancelled</source>
        <translation>%1 のテストをキャンセルしました</translation>
    </message>
    <message>
        <source>The console stopped waiting; no result was recorded.</source>
        <translation>コンソールは待機を停止しました。結果は記録されていません。</translation>
    </message>
    <message>
        <source>No test run yet</source>
        <translation>まだテストを実行していません</translation>
    </message>
    <message>
        <source>Select a model and choose Model → Test (Ctrl+T).</source>
        <translation>モデルを選択し、モデル → テスト（Ctrl+T）を選んでください。</translation>
    </message>
    <message>
        <source>Waiting for the provider — %1 s</source>
        <translation>プロバイダーを待っています — %1 秒</translation>
    </message>
    <message>
        <source>Copy the request id: the server&apos;s log holds the real error under it</source>
        <translation>リクエスト ID をコピー: サーバーのログにはこの ID で実際のエラーが記録されています</translation>
    </message>
    <message>
        <source>Copy request id %1</source>
        <translation>リクエスト ID %1 をコピー</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>リクエスト ID をコピー</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestStateDelegate</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>lb::gui::TransferActions</name>
    <message>
        <source>&amp;Export Models…</source>
        <translation>モデルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the model configurations of this server to a JSON file</source>
        <translation>このサーバーのモデル設定を JSON ファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Import Models…</source>
        <translation>モデルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Create or update models of this server from an export file, with a preview first</source>
        <translation>エクスポートファイルから、プレビューを確認したうえでこのサーバーのモデルを作成または更新します</translation>
    </message>
    <message>
        <source>Export &amp;Profiles…</source>
        <translation>プロファイルをエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the server profiles (without secrets) to a JSON file</source>
        <translation>サーバープロファイル（シークレットを除く）を JSON ファイルに保存します</translation>
    </message>
    <message>
        <source>Import P&amp;rofiles…</source>
        <translation>プロファイルをインポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Add server profiles from a profiles file</source>
        <translation>プロファイルファイルからサーバープロファイルを追加します</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>転送(&amp;T)</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>サーバーへの接続が必要です</translation>
    </message>
    <message>
        <source>JSON documents (*.json);;All files (*)</source>
        <translation>JSON ドキュメント (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Models</source>
        <translation>モデルのインポート</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>プロファイルのインポート</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>プロファイルのエクスポート</translation>
    </message>
    <message>
        <source>There are no profiles to export.</source>
        <translation>エクスポートするプロファイルがありません。</translation>
    </message>
    <message>
        <source>Could not export the profiles.</source>
        <translation>プロファイルをエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Exported 1 profile to %1 (without secrets).</source>
        <translation>1 個のプロファイルを %1 にエクスポートしました（シークレットを除く）。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profiles to %1 (without secrets).</source>
        <translation>
            <numerusform>%n 個のプロファイルを %1 にエクスポートしました（シークレットを除く）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles imported: %1 added, %2 replaced.</source>
        <translation>プロファイルをインポートしました：追加 %1 件、置き換え %2 件。</translation>
    </message>
</context>
<context>
    <name>lb::gui::TypedConfirmDialog</name>
    <message>
        <source>To confirm, type the name of the profile, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、プロファイル名 &lt;b&gt;%1&lt;/b&gt; を入力してください：</translation>
    </message>
</context>
<context>
    <name>lb::gui::WhereUsedDialog</name>
    <message>
        <source>Where “%1” Is Used</source>
        <translation>「%1」の使用箇所</translation>
    </message>
    <message>
        <source>Uses of the model</source>
        <translation>モデルの使用箇所</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>ボット</translation>
    </message>
    <message>
        <source> (reasoning: %1)</source>
        <translation>（推論：%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Where “%1” is used is not fully known: %2</source>
        <translation>「%1」の使用箇所は完全にはわかりません：%2</translation>
    </message>
    <message>
        <source>No pipeline or knowledge base uses “%1”: deleting it breaks no bot.</source>
        <translation>「%1」を使うパイプラインやナレッジベースはありません。削除してもボットは壊れません。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n pipeline(s):</source>
        <translation>
            <numerusform>「%1」は %n 個のパイプラインで使用されています：</numerusform>
        </translation>
    </message>
</context>
</TS>
