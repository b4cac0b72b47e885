using System.Net.Http.Json;
using Alba;
using Handlingsplan.Access;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>The app in memory (Alba) on a database and a data folder of its own, as every host of the suite starts it.</summary>
public static class TestHost
{
    public static Task<IAlbaHost> StartAsync(string connectionString, string dataDirectory, params (string Key, string Value)[] settings) =>
        StartAsync(connectionString, dataDirectory, null, settings);

    /// <summary>A host whose clock is <paramref name="clock"/> instead of the system's.</summary>
    public static async Task<IAlbaHost> StartAsync(string connectionString, string dataDirectory, TimeProvider? clock, params (string Key, string Value)[] settings)
    {
        JasperFxEnvironment.AutoStartHost = true;
        return await AlbaHost.For<Program>(builder =>
        {
            if (clock is not null) builder.ConfigureServices(s => s.AddSingleton(clock));
            builder.UseSetting("ConnectionStrings:Marten", connectionString);
            builder.UseSetting("DataDirectory", dataDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });
    }

    /// <summary>The generated demo passwords, as the app wrote them to its data folder.</summary>
    public static IReadOnlyDictionary<string, string> DemoPasswords(IAlbaHost host, string dataDirectory)
    {
        // Written when the app starts, before anyone signs in.
        var path = Path.Combine(dataDirectory, Accounts.DemoFile);
        return File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>A bearer token for a demo account, through the sign-in API.</summary>
    public static async Task<string> TokenAsync(IAlbaHost host, string dataDirectory, string username)
    {
        var response = await host.Server.CreateClient().PostAsJsonAsync("/api/auth/token", new { username, password = DemoPasswords(host, dataDirectory)[username] });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.Token;
    }
}
