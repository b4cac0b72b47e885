using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Handlingsplan.Items;
using Handlingsplan.Items.Proposing;
using Handlingsplan.Notices;
using Handlingsplan.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Handlingsplan.Tests.Notices;

/// <summary>A clock some days ahead of the system's, as the app would be on a later day.</summary>
public sealed class LaterClock(TimeSpan ahead) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
}

/// <summary>
/// Reminders and notices by e-mail, through a real SMTP server on 127.0.0.1 (maildev), each test on a
/// database of its own. Time passes by starting the app again with a later clock.
/// </summary>
public sealed class ReminderMailTests : IAsyncLifetime
{
    MailServer _mail = null!;
    readonly List<string> _folders = [];

    public async Task InitializeAsync() => _mail = await MailServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _mail.DisposeAsync();
        foreach (var folder in _folders)
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"handlingsplan-mail-{Guid.NewGuid():N}");
        _folders.Add(folder);
        return folder;
    }

    static async Task<HttpClient> ClientFor(IAlbaHost host, string folder, string user)
    {
        var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestHost.TokenAsync(host, folder, user));
        return client;
    }

    static async Task<T> Posted<T>(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
    }

    /// <summary>A measure of SN assigned to Socialförvaltningen, due tomorrow; the förvaltningschef has an address.</summary>
    static async Task<Guid> DueTomorrow(HttpClient ledning, HttpClient chef, string title, string email, bool digest = false)
    {
        await Posted<MySettings>(chef, "/api/mina/installningar", new { email, weeklyDigest = digest });
        var created = await Posted<ItemCreated>(ledning, "/api/measures", new { title, committee = "SN", estimatedSavingTkr = 400, source = "Test" });
        var version = (await Posted<ItemVersion>(ledning, $"/api/measures/{created.Id}/prioritise", new { decisionReference = "KS 2026-11-02 § 140", expectedVersion = created.Version })).Version;
        var tomorrow = Handlingsplan.Infrastructure.SwedishTime.Today().AddDays(1).ToString("yyyy-MM-dd");
        await Posted<ItemVersion>(ledning, $"/api/measures/{created.Id}/assign", new { department = "Socialförvaltningen", dueDate = tomorrow, expectedVersion = version });
        return created.Id;
    }

    [Fact]
    public async Task An_overdue_item_reaches_the_smtp_server_once_though_the_app_restarts_before_the_sweep()
    {
        var database = await TestPostgres.CreateDatabaseAsync("reminders");
        var folder = NewFolder();
        const string email = "chef-sn@alingsas.example";
        const string title = "Samordnade hemtjänstturer";

        await using (var first = await TestHost.StartAsync(database, folder, _mail.AppSettings))
        {
            var ledning = await ClientFor(first, folder, "ledning");
            await DueTomorrow(ledning, await ClientFor(first, folder, "chef-sn"), title, email);
            // The sweep is scheduled in the database, a few seconds ahead; the app stops before it is due.
            using var scope = first.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().ScheduleAsync(new ReminderSweep(), DateTimeOffset.UtcNow.AddSeconds(4));
        }
        Assert.DoesNotContain(await _mail.MessagesAsync(), m => m.Subject.StartsWith("Påminnelse"));

        // Three days later, after a restart: the item is overdue, and the waiting sweep runs on the new process.
        await using var second = await TestHost.StartAsync(database, folder, new LaterClock(TimeSpan.FromDays(3)), _mail.AppSettings);
        var reminder = await _mail.WaitForAsync(m => m.Subject == $"Påminnelse: {title}", TimeSpan.FromSeconds(60));
        Assert.Equal([email], reminder.To);
        Assert.Contains("Försenad: klart senast", reminder.Text);

        // Sweeping again, on demand, makes nothing new and sends nothing again.
        var again = await Posted<SweepResult>(await ClientFor(second, folder, "ledning"), "/api/paminnelser", new { });
        Assert.Equal(0, again.Reminders);
        var reminders = (await _mail.MessagesAsync()).Where(m => m.Subject == $"Påminnelse: {title}").ToList();
        Assert.Single(reminders);

        var store = second.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var notices = await session.Query<Notice>().Where(n => n.Recipient == "chef-sn").ToListAsync();
        var notice = Assert.Single(notices, n => n.Kind == NoticeKind.Overdue);
        Assert.Equal(email, notice.MailedTo);
    }

    [Fact]
    public async Task The_förvaltningschef_is_told_of_an_assignment_and_the_proposer_of_the_decision()
    {
        var database = await TestPostgres.CreateDatabaseAsync("notices");
        var folder = NewFolder();
        await using var host = await TestHost.StartAsync(database, folder, _mail.AppSettings);
        var ledning = await ClientFor(host, folder, "ledning");
        var chef = await ClientFor(host, folder, "chef-sn");
        await Posted<MySettings>(chef, "/api/mina/installningar", new { email = "chef-sn@alingsas.example", weeklyDigest = false });

        // The förvaltningschef proposes; kommunledning prioritises and assigns it to her förvaltning.
        var created = await Posted<ItemCreated>(chef, "/api/measures", new { title = "Digitala nyckelskåp", committee = "SN", estimatedSavingTkr = 250, source = "Test" });
        var version = (await Posted<ItemVersion>(ledning, $"/api/measures/{created.Id}/prioritise", new { decisionReference = "KS 2026-11-02 § 141", expectedVersion = created.Version })).Version;
        await Posted<ItemVersion>(ledning, $"/api/measures/{created.Id}/assign", new { department = "Socialförvaltningen", dueDate = "2027-06-30", expectedVersion = version });

        var decided = await _mail.WaitForAsync(m => m.Subject == "Prioriterad: Digitala nyckelskåp", TimeSpan.FromSeconds(30));
        Assert.Contains("KS 2026-11-02 § 141", decided.Text);
        var assigned = await _mail.WaitForAsync(m => m.Subject == "Tilldelad Socialförvaltningen: Digitala nyckelskåp", TimeSpan.FromSeconds(30));
        Assert.Equal(["chef-sn@alingsas.example"], assigned.To);
        Assert.Contains("klart senast 2027-06-30", assigned.Text);
        Assert.Contains($"/atgarder/{created.Id}", assigned.Text);

        // Both are in the app too, on Mina poster.
        var mine = await chef.GetFromJsonAsync<JsonElement>("/api/mina");
        var subjects = mine.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("subject").GetString()).ToList();
        Assert.Contains("Prioriterad: Digitala nyckelskåp", subjects);
        Assert.Contains("Tilldelad Socialförvaltningen: Digitala nyckelskåp", subjects);
    }

    [Fact]
    public async Task A_weekly_digest_gathers_the_reminders_into_one_message_on_its_day()
    {
        var database = await TestPostgres.CreateDatabaseAsync("digest");
        var folder = NewFolder();
        var later = new LaterClock(TimeSpan.FromDays(3));
        var digestDay = Handlingsplan.Infrastructure.SwedishTime.Today(later).DayOfWeek.ToString();
        const string email = "chef-sn.digest@alingsas.example";
        await using (var first = await TestHost.StartAsync(database, folder, _mail.AppSettings))
        {
            var ledning = await ClientFor(first, folder, "ledning");
            var chef = await ClientFor(first, folder, "chef-sn");
            await DueTomorrow(ledning, chef, "Gemensam bemanningsenhet", email, digest: true);
            await DueTomorrow(ledning, chef, "Färre hyrda lokaler", email, digest: true);
        }

        await using var host = await TestHost.StartAsync(database, folder, later, [.. _mail.AppSettings, ("Reminders:DigestDay", digestDay)]);
        var swept = await Posted<SweepResult>(await ClientFor(host, folder, "ledning"), "/api/paminnelser", new { });
        Assert.Equal(2, swept.Reminders);
        Assert.Equal(0, swept.Mailed);

        var digest = await _mail.WaitForAsync(m => m.To.Contains(email) && m.Subject.StartsWith("Handlingsplan: veckosammanfattning"), TimeSpan.FromSeconds(30));
        Assert.Contains("Gemensam bemanningsenhet", digest.Text);
        Assert.Contains("Färre hyrda lokaler", digest.Text);
        Assert.DoesNotContain(await _mail.MessagesAsync(), m => m.To.Contains(email) && m.Subject.StartsWith("Påminnelse"));
    }
}
