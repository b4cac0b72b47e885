using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Handlingsplan.Items.Sharing;
using Handlingsplan.Plan;
using Handlingsplan.Tenancy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Handlingsplan.Tests.Tenancy;

/// <summary>
/// Learning from peers: a municipality shares a realised measure only by kommunledning's explicit
/// choice, recorded as an event; the others then see it on their measures of the same category, with
/// its realised figures and the municipality's name, and never their own. The tests share one
/// installation and its shared table, so each one finds what it shared by a text of its own, and
/// counts rather than assumes what others shared; only measures of <c>changedResponsibility</c> and
/// the imported "Effektivisering" are shared here, so <c>operationalChange</c> stays unshared.
/// </summary>
[Collection(TwoMunicipalitiesCollection.Name)]
public sealed class PeerMeasuresTests(TwoMunicipalitiesFixture fixture)
{
    const string Alingsas = "ledning";
    const string Lerum = "ledning@lerum";
    const string LerumHead = "chef-bun@lerum";
    const string LerumAuditor = "revisor@lerum";
    const string Shared = "changedResponsibility";
    const string Unshared = "operationalChange";

    static Task<JsonElement> Json(HttpResponseMessage response) => TwoMunicipalitiesFixture.Json(response);

    Task<JsonElement> Get(string user, string url) => fixture.Get(user, url);

    async Task<HttpResponseMessage> Send(string user, string url, object body) => await (await fixture.Client(user)).PostAsJsonAsync(url, body);

    async Task<long> Post(string user, string url, object body) => (await Json(await Send(user, url, body))).GetProperty("version").GetInt64();

    async Task<List<JsonElement>> Peers(string user, Guid measure) =>
        (await Get(user, $"/api/measures/{measure}/liknande?pageSize=500")).EnumerateArray().ToList();

    async Task<(Guid Id, long Version)> Proposed(string user, string committee, string? category, decimal estimate = 900)
    {
        var created = await Json(await Send(user, "/api/measures", new { title = $"Åtgärd {Guid.NewGuid():N}", description = "Intern beskrivning", committee, category, horizon = "shortTerm", estimatedSavingTkr = estimate, source = "Test" }));
        return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetInt64());
    }

    async Task<long> Assigned(string user, Guid id, long version, string department)
    {
        version = await Post(user, $"/api/measures/{id}/prioritise", new { decisionReference = "KS 2026-01-12 § 3", reason = "Prioriterad", expectedVersion = version });
        return await Post(user, $"/api/measures/{id}/assign", new { department, responsibleRole = "Förvaltningschef", dueDate = "2040-06-30", expectedVersion = version });
    }

    /// <summary>A measure of Lerum's Barn- och utbildningsnämnd, realised for 834 tkr of an estimated 900.</summary>
    async Task<(Guid Id, long Version)> LerumRealised(string category = Shared)
    {
        var (id, version) = await Proposed(Lerum, "BUN", category);
        version = await Assigned(Lerum, id, version, "Barn- och utbildningsförvaltningen");
        version = await Post(Lerum, $"/api/measures/{id}/realise", new { amountTkr = 834, year = 2026, recurring = true, note = "Skolskjutsar", expectedVersion = version });
        return (id, version);
    }

    async Task<SharedMeasure?> SharedRow(string code, Guid item)
    {
        var registry = fixture.Host.Services.GetRequiredService<MunicipalityRegistry>();
        await using var session = fixture.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<SharedMeasure>(SharedMeasure.IdFor((await registry.FindAsync(code))!, item));
    }

    static async Task<JsonElement> Until(Func<Task<JsonElement>> read, Func<JsonElement, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what}: still {value}");
            await Task.Yield();
        }
    }

    static string Text(string marker) => $"Skolskjutsar planeras i samma system som färdtjänsten ({marker}).";

    [Fact]
    public async Task Nothing_is_shared_until_kommunledning_chooses_to_and_then_others_see_it_with_its_realised_figures()
    {
        var (alingsas, _) = await Proposed(Alingsas, "KS", Shared);
        var before = (await Peers(Alingsas, alingsas)).Count;

        var (lerum, version) = await LerumRealised();
        // Realised, but not shared: nothing leaves Lerum.
        Assert.Equal(before, (await Peers(Alingsas, alingsas)).Count);
        Assert.Null(await SharedRow("lerum", lerum));
        Assert.Equal(JsonValueKind.Null, (await Get(Lerum, $"/api/measures/{lerum}")).GetProperty("shared").ValueKind);

        var marker = Guid.NewGuid().ToString("N");
        Assert.Equal(version + 1, await Post(Lerum, $"/api/measures/{lerum}/share", new { text = Text(marker), approved = true, expectedVersion = version }));

        var peers = await Peers(Alingsas, alingsas);
        Assert.Equal(before + 1, peers.Count);
        var peer = Assert.Single(peers, p => p.GetProperty("text").GetString()!.Contains(marker));
        Assert.Equal("Lerums kommun", peer.GetProperty("municipality").GetString());
        Assert.Equal("lerum", peer.GetProperty("municipalityCode").GetString());
        Assert.Equal(834m, peer.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal(900m, peer.GetProperty("estimatedSavingTkr").GetDecimal());
        Assert.Equal(Shared, peer.GetProperty("category").GetString());
        Assert.Equal("shortTerm", peer.GetProperty("horizon").GetString());
        // Nothing else of Lerum's: not the item, its title or description, nor who shared it.
        var raw = peer.GetRawText();
        Assert.DoesNotContain(lerum.ToString(), raw);
        Assert.DoesNotContain("ledning", raw);
        Assert.DoesNotContain("Intern beskrivning", raw);
        Assert.DoesNotContain("Åtgärd ", raw);
        Assert.False(peer.TryGetProperty("id", out _));

        // The item says what it shares; the history has the choice, with who made it.
        var item = await Get(Lerum, $"/api/measures/{lerum}");
        Assert.Equal(Text(marker), item.GetProperty("shared").GetProperty("text").GetString());
        Assert.Equal(834m, item.GetProperty("shared").GetProperty("realisedTkr").GetDecimal());
        var shared = Assert.Single((await Get(Lerum, $"/api/measures/{lerum}/history")).EnumerateArray(), e => e.GetProperty("type").GetString() == "MeasureShared");
        Assert.Equal(Lerum, shared.GetProperty("user").GetString());
        Assert.Equal("kommunledning", shared.GetProperty("role").GetString());
        Assert.Equal(834m, shared.GetProperty("data").GetProperty("realisedTkr").GetDecimal());
    }

    [Fact]
    public async Task A_municipality_never_sees_its_own_shared_measures()
    {
        var (lerum, version) = await LerumRealised();
        var marker = Guid.NewGuid().ToString("N");
        await Post(Lerum, $"/api/measures/{lerum}/share", new { text = Text(marker), approved = true, expectedVersion = version });
        var (another, _) = await Proposed(Lerum, "KFN", Shared);
        var (alingsas, _) = await Proposed(Alingsas, "SN", Shared);

        Assert.DoesNotContain(await Peers(Lerum, lerum), p => p.GetProperty("municipalityCode").GetString() == "lerum");
        Assert.DoesNotContain(await Peers(Lerum, another), p => p.GetProperty("municipalityCode").GetString() == "lerum");
        Assert.Contains(await Peers(Alingsas, alingsas), p => p.GetProperty("text").GetString()!.Contains(marker));

        // The page of Lerum's measure says it is shared, and lists no measure of Lerum's among the others'.
        var page = await (await fixture.Client(Lerum)).GetStringAsync($"/atgarder/{lerum}");
        Assert.Contains("Liknande åtgärder i andra kommuner", page);
        Assert.Contains(marker, page[page.IndexOf("id=\"sharing-heading\"", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("Lerums kommun", page[page.IndexOf("id=\"peers-heading\"", StringComparison.Ordinal)..page.IndexOf("id=\"sharing-heading\"", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Only_kommunledning_may_share_and_a_förvaltningschef_or_revisor_is_refused_with_nothing_written()
    {
        var (lerum, version) = await LerumRealised();
        var body = new { text = Text("förvaltningschef"), approved = true, expectedVersion = version };

        // The förvaltningschef may realise on this measure of their nämnd, but not let it leave the municipality.
        var head = await Send(LerumHead, $"/api/measures/{lerum}/share", body);
        Assert.Equal(HttpStatusCode.Forbidden, head.StatusCode);
        Assert.Contains("beslut för kommunledningen", await head.Content.ReadAsStringAsync());
        var auditor = await Send(LerumAuditor, $"/api/measures/{lerum}/share", body);
        Assert.Equal(HttpStatusCode.Forbidden, auditor.StatusCode);

        Assert.Equal(version, (await Get(Lerum, $"/api/measures/{lerum}")).GetProperty("version").GetInt64());
        Assert.Null(await SharedRow("lerum", lerum));

        // Neither may they stop kommunledning's sharing.
        await Post(Lerum, $"/api/measures/{lerum}/share", body);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(LerumHead, $"/api/measures/{lerum}/withdraw-sharing", new { })).StatusCode);
        Assert.NotNull(await SharedRow("lerum", lerum));
    }

    [Fact]
    public async Task Sharing_wants_a_realised_saving_a_category_an_approved_text_and_a_measure()
    {
        async Task<JsonElement> Refused(HttpResponseMessage response, HttpStatusCode status)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var (proposed, version) = await Proposed(Lerum, "BUN", Shared);
        var body = new { text = Text("för tidigt"), approved = true, expectedVersion = version };
        Assert.Contains("under genomförande eller slutförd", (await Refused(await Send(Lerum, $"/api/measures/{proposed}/share", body), HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var assigned = await Assigned(Lerum, proposed, version, "Barn- och utbildningsförvaltningen");
        // Realised and then reversed: nothing realised to show.
        var realised = await Post(Lerum, $"/api/measures/{proposed}/realise", new { amountTkr = 100, year = 2026, recurring = false, note = "x", expectedVersion = assigned });
        var reversed = await Post(Lerum, $"/api/measures/{proposed}/reverse-realisation", new { number = 1, reason = "Fel", expectedVersion = realised });
        Assert.Contains("ingen realiserad besparing", (await Refused(await Send(Lerum, $"/api/measures/{proposed}/share", body with { expectedVersion = reversed }), HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        var (uncategorised, uncategorisedVersion) = await Proposed(Lerum, "BUN", null);
        uncategorisedVersion = await Assigned(Lerum, uncategorised, uncategorisedVersion, "Barn- och utbildningsförvaltningen");
        uncategorisedVersion = await Post(Lerum, $"/api/measures/{uncategorised}/realise", new { amountTkr = 100, year = 2026, recurring = false, note = "x", expectedVersion = uncategorisedVersion });
        Assert.Contains("saknar kategori", (await Refused(await Send(Lerum, $"/api/measures/{uncategorised}/share", body with { expectedVersion = uncategorisedVersion }), HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        var (lerum, ready) = await LerumRealised();
        var missing = await Refused(await Send(Lerum, $"/api/measures/{lerum}/share", new { text = "  ", approved = true, expectedVersion = ready }), HttpStatusCode.BadRequest);
        Assert.StartsWith("Skriv texten", missing.GetProperty("errors").GetProperty("text")[0].GetString());
        var tooLong = await Refused(await Send(Lerum, $"/api/measures/{lerum}/share", new { text = new string('a', ShareMeasureStep.MaxTextLength + 1), approved = true, expectedVersion = ready }), HttpStatusCode.BadRequest);
        Assert.Contains("högst 1000 tecken", tooLong.GetProperty("errors").GetProperty("text")[0].GetString());
        var unapproved = await Refused(await Send(Lerum, $"/api/measures/{lerum}/share", new { text = Text("ej godkänd"), approved = false, expectedVersion = ready }), HttpStatusCode.BadRequest);
        Assert.StartsWith("Bekräfta", unapproved.GetProperty("errors").GetProperty("approved")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(Lerum, $"/api/measures/{lerum}/share", new { text = Text("utan version"), approved = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Send(Lerum, $"/api/measures/{lerum}/share", new { text = Text("gammal"), approved = true, expectedVersion = ready - 1 })).StatusCode);

        var shift = await Json(await Send(Lerum, "/api/shifts", new { title = "Förflyttning", committee = "BUN", category = Shared, estimatedSavingTkr = 10, source = "Test" }));
        Assert.Equal(HttpStatusCode.Conflict, (await Send(Lerum, $"/api/shifts/{shift.GetProperty("id").GetGuid()}/share", new { text = Text("förflyttning"), approved = true, expectedVersion = 1 })).StatusCode);
        // Nothing was written by any of the refusals.
        Assert.Equal(ready, (await Get(Lerum, $"/api/measures/{lerum}")).GetProperty("version").GetInt64());
        Assert.Null(await SharedRow("lerum", lerum));
        Assert.Null(await SharedRow("lerum", proposed));
        Assert.Equal(HttpStatusCode.Conflict, (await Send(Lerum, $"/api/measures/{lerum}/withdraw-sharing", new { })).StatusCode);
    }

    [Fact]
    public async Task A_withdrawal_removes_it_and_the_history_keeps_both_events_in_an_intact_chain()
    {
        var (alingsas, _) = await Proposed(Alingsas, "KS", Shared);
        var (lerum, version) = await LerumRealised();
        var marker = Guid.NewGuid().ToString("N");
        version = await Post(Lerum, $"/api/measures/{lerum}/share", new { text = Text(marker), approved = true, expectedVersion = version });
        Assert.Contains(await Peers(Alingsas, alingsas), p => p.GetProperty("text").GetString()!.Contains(marker));

        Assert.Equal(version + 1, await Post(Lerum, $"/api/measures/{lerum}/withdraw-sharing", new { reason = "Åtgärden utvärderas om", expectedVersion = version }));

        Assert.DoesNotContain(await Peers(Alingsas, alingsas), p => p.GetProperty("text").GetString()!.Contains(marker));
        Assert.Null(await SharedRow("lerum", lerum));
        Assert.Equal(JsonValueKind.Null, (await Get(Lerum, $"/api/measures/{lerum}")).GetProperty("shared").ValueKind);
        var history = (await Get(Lerum, $"/api/measures/{lerum}/history")).EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(["MeasureShared", "MeasureSharingWithdrawn"], history.Where(t => t!.StartsWith("MeasureShar")));
        var withdrawn = (await Get(Lerum, $"/api/measures/{lerum}/history")).EnumerateArray().Last();
        Assert.Equal("Åtgärden utvärderas om", withdrawn.GetProperty("reason").GetString());

        var verified = await Until(() => Get(Lerum, "/api/audit/verify"), v => v.GetProperty("pendingCount").GetInt64() == 0, "Lerum's chain");
        Assert.True(verified.GetProperty("intact").GetBoolean(), verified.ToString());
        var export = await (await fixture.Client(Lerum)).GetStringAsync("/api/audit/export");
        Assert.Contains(marker, export);
        Assert.DoesNotContain(marker, await (await fixture.Client(Alingsas)).GetStringAsync("/api/audit/export"));
    }

    [Fact]
    public async Task Sharing_again_replaces_what_was_shared_with_the_figures_as_they_are_then()
    {
        var (alingsas, _) = await Proposed(Alingsas, "KS", Shared);
        var (lerum, version) = await LerumRealised();
        var marker = Guid.NewGuid().ToString("N");
        version = await Post(Lerum, $"/api/measures/{lerum}/share", new { text = Text(marker), approved = true, expectedVersion = version });
        version = await Post(Lerum, $"/api/measures/{lerum}/realise", new { amountTkr = 66, year = 2027, recurring = false, note = "Mer", expectedVersion = version });
        // What was approved stays as it was until it is shared again.
        Assert.Equal(834m, Assert.Single(await Peers(Alingsas, alingsas), p => p.GetProperty("text").GetString()!.Contains(marker)).GetProperty("realisedTkr").GetDecimal());

        await Post(Lerum, $"/api/measures/{lerum}/share", new { text = Text(marker) + " Uppdaterad.", approved = true, expectedVersion = version });
        var peer = Assert.Single(await Peers(Alingsas, alingsas), p => p.GetProperty("text").GetString()!.Contains(marker));
        Assert.Equal(900m, peer.GetProperty("realisedTkr").GetDecimal());
        Assert.EndsWith("Uppdaterad.", peer.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_measure_of_another_category_sees_nothing_and_categories_match_whatever_their_case()
    {
        var (lerum, version) = await LerumRealised();
        await Post(Lerum, $"/api/measures/{lerum}/share", new { text = Text("annan kategori"), approved = true, expectedVersion = version });
        var (other, _) = await Proposed(Alingsas, "KS", Unshared);
        Assert.Empty(await Peers(Alingsas, other));
        var (none, _) = await Proposed(Alingsas, "KS", null);
        Assert.Empty(await Peers(Alingsas, none));

        // Härryda's imported measure is "EFFEKTIVISERING"; Lerum's is "Effektivisering".
        var plan = Path.Combine(AppContext.BaseDirectory, "Fixtures", "municipalities", "harryda.json");
        var output = new StringWriter();
        Assert.Equal(0, await MunicipalityCommand.RunAsync(fixture.Host.Services, ["tenant", "add", "--code", "harryda", "--name", "Härryda kommun", "--plan", plan], output));
        var schoolRuns = (await Get(Lerum, "/api/measures?pageSize=500&q=skolskjuts")).EnumerateArray().Single(m => m.GetProperty("title").GetString() == "Samordnad skolskjuts i Lerum");
        Assert.Equal("Effektivisering", schoolRuns.GetProperty("category").GetString());
        var id = schoolRuns.GetProperty("id").GetGuid();
        var marker = Guid.NewGuid().ToString("N");
        var at = await Assigned(Lerum, id, schoolRuns.GetProperty("version").GetInt64(), "Barn- och utbildningsförvaltningen");
        at = await Post(Lerum, $"/api/measures/{id}/realise", new { amountTkr = 2100, year = 2026, recurring = true, note = "Helår", expectedVersion = at });
        await Post(Lerum, $"/api/measures/{id}/share", new { text = Text(marker), approved = true, expectedVersion = at });
        var harryda = (await Get("ledning@harryda", "/api/measures?pageSize=500")).EnumerateArray().Single();
        Assert.Equal("EFFEKTIVISERING", harryda.GetProperty("category").GetString());

        var peer = Assert.Single(await Peers("ledning@harryda", harryda.GetProperty("id").GetGuid()));
        Assert.Equal("Lerums kommun", peer.GetProperty("municipality").GetString());
        Assert.Equal(2100m, peer.GetProperty("realisedTkr").GetDecimal());
        Assert.Equal("Effektivisering", peer.GetProperty("category").GetString());
        Assert.Contains(marker, peer.GetProperty("text").GetString());
        // Alingsås has no such category, and sees none of it.
        Assert.DoesNotContain(await Peers(Alingsas, other), p => p.GetProperty("category").GetString() == "Effektivisering");
    }

    [Fact]
    public async Task The_read_pages_and_answers_404_for_an_item_of_another_municipality()
    {
        var (lerum, _) = await LerumRealised();
        var asAlingsas = await fixture.Client(Alingsas);
        Assert.Equal(HttpStatusCode.NotFound, (await asAlingsas.GetAsync($"/api/measures/{lerum}/liknande")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asAlingsas.GetAsync($"/api/nope/{lerum}/liknande")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await asAlingsas.GetAsync($"/api/measures/{Guid.NewGuid()}/liknande?pageSize=0")).StatusCode);

        var (alingsas, _) = await Proposed(Alingsas, "KS", Shared);
        var answer = await asAlingsas.GetAsync($"/api/measures/{alingsas}/liknande?pageSize=1");
        var page = await Json(answer);
        Assert.True(page.GetArrayLength() <= 1);
        Assert.True(answer.Headers.Contains("X-Total-Count"));
    }
}
