using System.Text;
using System.Text.Json;
using Alba;
using Handlingsplan.Items;
using Handlingsplan.Tests.Infrastructure;
using Marten;

namespace Handlingsplan.Tests.Audit;

/// <summary>The decision log as an Excel file: the CSV's columns, the whole selection, days and times as dates, the sequence as a number.</summary>
public sealed class DecisionLogXlsxTests(AppFixture fixture) : IntegrationContext(fixture)
{
    /// <summary>Measures prioritised straight into the store, under KS 2024-09-02 § 1; the reason of each is <paramref name="reason"/>.</summary>
    async Task<List<Guid>> Prioritised(int count, string committee, Func<int, string?>? reason = null, DateOnly? decidedOn = null)
    {
        var ids = new List<Guid>();
        await using var session = Store.LightweightSession();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            session.Events.StartStream(id,
                new MeasureProposed { Title = $"Åtgärd {i:000}", Committee = committee },
                new ItemPrioritised("KS 2024-09-02 § 1", reason?.Invoke(i), decidedOn ?? new DateOnly(2024, 9, 2)));
        }
        await session.SaveChangesAsync();
        return ids;
    }

    [Fact]
    public async Task The_file_holds_the_whole_selected_log_with_the_CSVs_columns()
    {
        var social = await Prioritised(520, "SN", i => i == 7 ? "=cmd|' /C calc'!A0" : "Ger effekt 2026");
        await Prioritised(30, "VON");
        // A decision whose day is not known: its Beslutat is an empty cell, not text in a column of dates.
        await using (var session = Store.LightweightSession())
        {
            var id = Guid.NewGuid();
            social.Add(id);
            session.Events.StartStream(id, new MeasureProposed { Title = "Okänd dag", Committee = "SN" }, new ItemPrioritised("KS § 9", null));
            await session.SaveChangesAsync();
        }

        var book = await Workbook.Download(Host, "/api/decisions?format=xlsx&committee=SN", "beslutslogg.xlsx");

        Assert.Equal("Beslutslogg", book.SheetName);
        var csv = await Host.Scenario(s => { s.Get.Url("/api/decisions?format=csv&committee=SN"); s.StatusCodeShouldBeOk(); });
        var csvLines = (await csv.ReadAsTextAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(csvLines[0].Split(';'), book.Headings);
        Assert.Equal(521, book.Rows.Count);
        Assert.Equal(csvLines.Length - 1, book.Rows.Count);
        Assert.Equal(social.Order(), book.Rows.Select(r => Guid.Parse((string)r["Post-id"]!)).Order());
        Assert.All(book.Rows, r => Assert.Equal("SN", r["Nämnd"]));
        Assert.All(book.Rows, r => Assert.Equal("Prioriterad", r["Beslut"]));

        // Sekvens is a number, in order; Beslutat and Registrerat are dates, Registrerat in Swedish time as the CSV has it.
        var sequences = book.Rows.Select(r => Assert.IsType<double>(r["Sekvens"])).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.All(book.Column("Sekvens"), c => Assert.True(c.Type is null or "n", c.Reference));
        Assert.All(book.Rows.SkipLast(1), r => Assert.Equal(new DateTime(2024, 9, 2), r["Beslutat"]));
        Assert.Null(book.Rows[^1]["Beslutat"]);
        Assert.All(book.Column("Registrerat"), c => Assert.True(c.Type is null && double.TryParse(c.Value, System.Globalization.CultureInfo.InvariantCulture, out _), c.Reference));
        var recorded = Assert.IsType<DateTime>(book.Rows[0]["Registrerat"]);
        var inCsv = DateTime.ParseExact(csvLines[1].Split(';')[1], "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs((recorded - inCsv).TotalSeconds) < 1, $"{recorded:O} against the CSV's {inCsv:O}");

        // A reason that reads like a formula is text with the CSV's apostrophe, and the sheet holds no formula.
        Assert.False(book.HasFormula);
        Assert.Equal("'=cmd|' /C calc'!A0", book.Rows[7]["Motivering"]);
        Assert.Equal("Ger effekt 2026", book.Rows[8]["Motivering"]);
    }

    [Fact]
    public async Task The_period_filters_the_file_and_csv_and_json_stay_as_they_were()
    {
        await Prioritised(3, "SN");

        var empty = await Workbook.Download(Host, "/api/decisions?format=xlsx&to=2020-01-01", "beslutslogg.xlsx");
        Assert.Equal("Beslutat", empty.Headings[0]);
        Assert.Empty(empty.Rows);
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");
        Assert.Equal(3, (await Workbook.Download(Host, $"/api/decisions?format=xlsx&from=2020-01-01&to={tomorrow}", "beslutslogg.xlsx")).Rows.Count);

        var csv = await Host.Scenario(s => { s.Get.Url("/api/decisions?format=csv"); s.StatusCodeShouldBeOk(); });
        Assert.StartsWith("text/csv", csv.Context.Response.ContentType);
        Assert.Equal(3, (await Host.GetJson<JsonElement[]>("/api/decisions?format=json")).Length);
        Assert.Equal(3, (await Host.GetJson<JsonElement[]>("/api/decisions")).Length);

        // Asked by its type in Accept, as the CSV can be.
        var client = await AuthorisedClient("revisor");
        client.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Equal(3, Workbook.Read(await client.GetByteArrayAsync("/api/decisions")).Rows.Count);
    }
}
