using Handlingsplan.Access;
using Handlingsplan.Genomlysningar;
using Handlingsplan.Genomlysningar.Uploading;
using Handlingsplan.Items;

namespace Handlingsplan.Tests.Genomlysningar;

/// <summary>The pure check of an uploaded genomlysning file: row by row, every error named with its sheet, row and column.</summary>
public sealed class UploadCheckTests
{
    static readonly AppUser Management = new("ledning", Roles.Management, null, null);
    static readonly Guid Assigned = Guid.NewGuid();
    static readonly Guid Shift = Guid.NewGuid();

    static readonly Genomlysning Draft = new()
    {
        Id = Guid.NewGuid(), Committee = "KS", Year = 2025, Title = "Kommunstyrelsens genomlysning 2025",
        Links = [new(Assigned, GenomlysningSection.ShortTerm), new(Shift, GenomlysningSection.ExaminedByDepartment)],
    };

    static readonly IReadOnlyDictionary<Guid, Item> Items = new Dictionary<Guid, Item>
    {
        [Assigned] = new() { Id = Assigned, Kind = ItemKind.Measure, Title = "Översyn av IT-system", Committee = "KS", Status = ItemStatus.Assigned, Department = "Kommunledningskontoret" },
    };

    static UploadedSheet Shifts(params (string? Id, string? Title, string? Description, object? Estimate)[] rows) => new(
        "4.1 Undersöks av förvaltningen",
        new Dictionary<string, string> { ["Id"] = "A", ["Område"] = "B", ["Beskrivning"] = "C", ["Möjlig effektivisering (tkr)"] = "D" },
        rows.Select((r, i) => new UploadedRow(i + 2, new Dictionary<string, object?> { ["Id"] = r.Id, ["Område"] = r.Title, ["Beskrivning"] = r.Description, ["Möjlig effektivisering (tkr)"] = r.Estimate })).ToList());

    static UploadedSheet FollowUps(params (string? Id, string? Note)[] rows) => new(
        "3.1 Kort sikt",
        new Dictionary<string, string> { ["Id"] = "A", ["Åtgärd"] = "B", ["Ny uppföljning"] = "F" },
        rows.Select((r, i) => new UploadedRow(i + 2, new Dictionary<string, object?> { ["Id"] = r.Id, ["Ny uppföljning"] = r.Note })).ToList());

    [Fact]
    public void A_good_sheet_becomes_new_shifts_and_follow_ups_and_leaves_the_rows_already_there()
    {
        var (plan, errors) = UploadCheck.Check(Draft, [
            Shifts((Shift.ToString(), "Redan med", null, 100d), (null, "Samlad lokalvård", "En organisation för hela kommunen", 1200d), (null, "Färre licenser", null, "för tidigt att bedöma"), (null, null, null, null), (null, "Summa", null, 1300d)),
            FollowUps((Assigned.ToString(), "Två system avvecklade."), (Assigned.ToString(), null)),
        ], Items, Management);

        Assert.Empty(errors);
        Assert.Equal(["Samlad lokalvård", "Färre licenser"], plan.Shifts.Select(s => s.Title));
        Assert.Equal(1200m, plan.Shifts[0].EstimatedSavingTkr);
        Assert.Null(plan.Shifts[1].EstimatedSavingTkr);
        Assert.Equal(GenomlysningSection.ExaminedByDepartment, plan.Shifts[0].Section);
        Assert.Equal("Två system avvecklade.", Assert.Single(plan.FollowUps).Note);
    }

    [Fact]
    public void Every_bad_row_is_named_by_sheet_row_and_column()
    {
        var (_, errors) = UploadCheck.Check(Draft, [
            Shifts((null, "Bra rad", null, 50d), (null, null, "Beskrivning utan område", 10d), (null, "Fel belopp", null, "3.800"), (Guid.NewGuid().ToString(), "Okänt id", null, null)),
            FollowUps((Guid.NewGuid().ToString(), "Uppföljning av okänd post"), (null, "Uppföljning utan id")),
        ], Items, Management);

        Assert.Equal([
            ("4.1 Undersöks av förvaltningen", 3, "B"),
            ("4.1 Undersöks av förvaltningen", 4, "D"),
            ("4.1 Undersöks av förvaltningen", 5, "A"),
            ("3.1 Kort sikt", 2, "A"),
            ("3.1 Kort sikt", 3, "A"),
        ], errors.Select(e => (e.Sheet, e.Row, e.Column)));
        Assert.StartsWith("Bladet 4.1 Undersöks av förvaltningen, rad 3, kolumn B: Ange området", errors[0].Text);
    }

    [Fact]
    public void A_follow_up_the_user_may_not_write_or_the_lifecycle_does_not_allow_is_refused_on_its_row()
    {
        var other = new AppUser("chef", Roles.DepartmentHead, "SN", "Socialförvaltningen");
        var (_, refused) = UploadCheck.Check(Draft, [FollowUps((Assigned.ToString(), "Inte min post"))], Items, other);
        Assert.Equal("F", Assert.Single(refused).Column);

        var completed = new Dictionary<Guid, Item> { [Assigned] = Items[Assigned] with { Status = ItemStatus.Completed } };
        var (_, closed) = UploadCheck.Check(Draft, [FollowUps((Assigned.ToString(), "Efter slutförandet"))], completed, Management);
        Assert.Contains("slutförd", Assert.Single(closed).Message);
    }

    [Fact]
    public void A_file_without_the_sections_or_their_headings_says_so()
    {
        var (_, none) = UploadCheck.Check(Draft, [new UploadedSheet("Blad1", new Dictionary<string, string>(), [])], Items, Management);
        Assert.Contains("inga blad för avsnitt 3 eller 4", Assert.Single(none).Message);

        var headless = new UploadedSheet("4.2 Kräver samordning", new Dictionary<string, string> { ["Område"] = "A" }, []);
        var (_, missing) = UploadCheck.Check(Draft, [headless], Items, Management);
        Assert.Contains("\"Id\"", Assert.Single(missing).Message);
    }

    [Theory]
    [InlineData("3 800", 3800.0)]
    [InlineData("3 800,5", 3800.5)]
    [InlineData("350 tkr", 350.0)]
    public void Amounts_typed_as_text_are_read_as_people_in_sweden_type_them(string text, double expected)
    {
        Assert.True(UploadCheck.TryEstimate(text, out var amount, out _));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("3.800")]
    [InlineData("tre")]
    [InlineData(-5d)]
    public void Amounts_that_are_not_amounts_are_refused(object cell) => Assert.False(UploadCheck.TryEstimate(cell, out _, out _));
}
