using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>
/// A real local SMTP server for the e-mail tests: maildev (from npm, restored by the test project's
/// build), started on 127.0.0.1 on free ports, with its HTTP API for reading what it received.
/// </summary>
public sealed class MailServer : IAsyncDisposable
{
    static readonly string Maildev = Path.Combine(Browser.BrowserFixture.RepositoryRoot, "tests", "Handlingsplan.Tests", "node_modules", "maildev", "bin", "maildev");
    readonly Process _process;
    readonly HttpClient _api;

    MailServer(Process process, int smtpPort, int webPort)
    {
        _process = process;
        SmtpPort = smtpPort;
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    /// <summary>The app's settings for sending through this server.</summary>
    public (string Key, string Value)[] AppSettings =>
        [("Smtp:Host", "127.0.0.1"), ("Smtp:Port", SmtpPort.ToString()), ("Smtp:Security", "None"), ("Smtp:From", "handlingsplan@alingsas.example")];

    public static async Task<MailServer> StartAsync()
    {
        var (smtp, web) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("node", [Maildev, "--ip", "127.0.0.1", "--smtp", smtp.ToString(), "--web", web.ToString(), "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start maildev.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MailServer(process, smtp, web);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if ((await server._api.GetAsync("email")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException) { }
            if (process.HasExited || DateTime.UtcNow > until)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"maildev did not start ({Maildev}).");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Every message received so far.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> MessagesAsync()
    {
        var json = await _api.GetFromJsonAsync<JsonElement>("email");
        return json.EnumerateArray().Select(m => new ReceivedMail(
            m.GetProperty("subject").GetString() ?? "",
            m.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString() ?? "").ToList(),
            m.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "")).ToList();
    }

    /// <summary>Polls the server (not the app) until a message matches, or fails after <paramref name="timeout"/>.</summary>
    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if ((await MessagesAsync()).FirstOrDefault(match) is { } found) return found;
            if (DateTime.UtcNow > until)
                throw new TimeoutException("No such message arrived. Received: " + string.Join(" | ", (await MessagesAsync()).Select(m => $"{string.Join(",", m.To)}: {m.Subject}")));
            await Task.Delay(200);
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}

public sealed record ReceivedMail(string Subject, IReadOnlyList<string> To, string Text);
