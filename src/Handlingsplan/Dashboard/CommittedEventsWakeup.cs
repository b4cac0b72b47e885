using JasperFx.Events.Daemon.HighWater;
using Marten;
using Marten.Services;

namespace Handlingsplan.Dashboard;

/// <summary>
/// Wakes the projection daemon as soon as this process has committed events, instead of leaving it
/// to find them at its next look at the log. A signal raised while the daemon is busy is kept (one
/// at most), so a burst of commands wakes it once and none is missed; the looks, two seconds apart,
/// still find what another process appended (an import, a command run beside the app).
/// PostgreSQL's LISTEN/NOTIFY would also hear other processes, but it makes every append run one
/// more statement and take the server's global notification lock at commit, which cost a quarter of
/// the command rate here (docs/benchmarks.md).
/// </summary>
public sealed class CommittedEventsWakeup : DocumentSessionListenerBase, IDaemonWakeup
{
    readonly SemaphoreSlim _signal = new(0, 1);

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any()) Signal();
        return Task.CompletedTask;
    }

    void Signal()
    {
        try
        {
            if (_signal.CurrentCount == 0) _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Raised twice at once: one signal is kept, which is all the daemon needs.
        }
    }

    /// <summary>
    /// The least time between two wakes. Quiet, a command's events are looked for at once; under load,
    /// what arrives within this window is folded into one page, so the daemon's cost per page (a dozen
    /// statements for the dashboard and the seals) is shared by more commands.
    /// </summary>
    public static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(50);

    long _lastWake;

    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        var signalled = await _signal.WaitAsync(timeout, token);
        var since = System.Diagnostics.Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastWake));
        if (signalled && since < Gather) await Task.Delay(Gather - since, token);
        Interlocked.Exchange(ref _lastWake, System.Diagnostics.Stopwatch.GetTimestamp());
    }

    public void Dispose() => _signal.Dispose();
}
