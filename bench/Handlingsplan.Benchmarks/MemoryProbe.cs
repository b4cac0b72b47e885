// Loaded into the app's own process by the runtime (DOTNET_STARTUP_HOOKS), before the app's Main, when
// a benchmark starts the app with HANDLINGSPLAN_BENCH_PROBE set to a file: it writes the process's
// memory and CPU there every half second, so that a benchmark can read the managed heap of a process
// it did not start in itself. It uses the base library only, and the app's code never sees it.
// A file beside it named <probe>.gc asks for one full, blocking collection first: the heap that is
// then left is what the app holds alive (its caches, connections, queues), not garbage not yet collected.
using System.Diagnostics;
using System.Globalization;

// The runtime looks for this exact type name, outside any namespace.
internal static class StartupHook
{
    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("HANDLINGSPLAN_BENCH_PROBE");
        if (string.IsNullOrEmpty(path)) return;
        var thread = new Thread(() => Run(path)) { IsBackground = true, Name = "bench memory probe" };
        thread.Start();
    }

    static void Run(string path)
    {
        var request = path + ".gc";
        using var process = Process.GetCurrentProcess();
        while (true)
        {
            var collected = File.Exists(request);
            if (collected)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                File.Delete(request);
            }
            process.Refresh();
            var info = GC.GetGCMemoryInfo();
            // sample number, working set, GC heap now (live and not yet collected), heap after the
            // last collection, committed by the GC, CPU time (ms), and whether a collection was asked for.
            var line = string.Join(' ',
                Environment.TickCount64.ToString(CultureInfo.InvariantCulture),
                process.WorkingSet64.ToString(CultureInfo.InvariantCulture),
                GC.GetTotalMemory(false).ToString(CultureInfo.InvariantCulture),
                info.HeapSizeBytes.ToString(CultureInfo.InvariantCulture),
                info.TotalCommittedBytes.ToString(CultureInfo.InvariantCulture),
                ((long)process.TotalProcessorTime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
                collected ? "collected" : "sample");
            try
            {
                File.WriteAllText(path + ".tmp", line);
                File.Move(path + ".tmp", path, overwrite: true);
            }
            catch (IOException) { /* the benchmark is reading it; the next sample will do */ }
            Thread.Sleep(collected ? 1000 : 500);
        }
    }
}
