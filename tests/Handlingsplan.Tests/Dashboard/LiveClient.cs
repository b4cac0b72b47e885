using System.Text.Json;
using Alba;
using Handlingsplan.Dashboard;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Handlingsplan.Tests.Dashboard;

/// <summary>A SignalR client of the app host that keeps every message it receives, in order, and can await one.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    static readonly string[] Methods = [DashboardHub.DashboardUpdated, DashboardHub.CommitteeUpdated, DashboardHub.ItemChanged, DashboardHub.ReportingUpdated];
    readonly HubConnection _connection;
    readonly List<(string Method, JsonElement Body)> _received = [];
    readonly List<(string Method, Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Found)> _waiting = [];

    LiveClient(HubConnection connection)
    {
        _connection = connection;
        foreach (var method in Methods) connection.On<JsonElement>(method, body => Receive(method, body));
    }

    /// <summary>Connects, with the token if one is given, and joins the groups of the hub methods named in <paramref name="watch"/>.</summary>
    public static async Task<LiveClient> ConnectAsync(IAlbaHost host, Func<Task<string?>>? token, params (string Method, string? Argument)[] watch)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, DashboardHub.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
                if (token is not null) options.AccessTokenProvider = token;
            })
            .Build();
        var client = new LiveClient(connection);
        await connection.StartAsync();
        foreach (var (method, argument) in watch)
        {
            if (argument is null) await connection.InvokeAsync(method);
            else await connection.InvokeAsync(method, argument);
        }
        return client;
    }

    void Receive(string method, JsonElement body)
    {
        lock (_received)
        {
            _received.Add((method, body));
            foreach (var waiter in _waiting.Where(w => w.Method == method && w.Match(body)).ToList())
            {
                waiter.Found.TrySetResult(body);
                _waiting.Remove(waiter);
            }
        }
    }

    /// <summary>The first message of this kind that matches, received already or yet to come.</summary>
    public Task<JsonElement> WaitFor(string method, Func<JsonElement, bool> match)
    {
        lock (_received)
        {
            foreach (var (m, body) in _received)
                if (m == method && match(body)) return Task.FromResult(body);
            var found = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((method, match, found));
            return found.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public IReadOnlyList<JsonElement> Received(string method)
    {
        lock (_received) return _received.Where(r => r.Method == method).Select(r => r.Body).ToList();
    }

    public void Forget()
    {
        lock (_received) _received.Clear();
    }

    public Task InvokeAsync(string method, params object?[] arguments) => _connection.InvokeCoreAsync(method, arguments);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    public static void AssertSameJson(JsonElement expected, JsonElement actual) =>
        Assert.True(JsonElement.DeepEquals(expected, actual), $"expected {expected.GetRawText()}\nbut was  {actual.GetRawText()}");
}
