using Handlingsplan.Web;
using Microsoft.AspNetCore.Http;

namespace Handlingsplan.Tests.Items;

/// <summary>How a list reads its order from the address, and what each heading's link asks for.</summary>
public sealed class ListSortTests
{
    static readonly SortColumn Title = new("title", "Titel");
    static readonly SortColumn Estimate = new("estimate", "Bedömd besparing", DescendingFirst: true, Numeric: true);
    static readonly SortColumn[] Columns = [Title, Estimate];

    static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    [Fact]
    public void An_unknown_or_missing_column_keeps_the_lists_own_order()
    {
        Assert.Equal(ListSort.None, ListSort.Read(null, null, Columns));
        Assert.Equal(ListSort.None, ListSort.Read("proposed", "fallande", Columns));
        Assert.Equal("none", ListSort.None.AriaSort(Title));
        Assert.Equal([3, 1, 2], ListSort.None.Apply([3, 1, 2], (_, items) => items.OrderBy(i => i)));
    }

    [Fact]
    public void A_column_without_a_direction_sorts_its_own_way_first()
    {
        Assert.False(ListSort.Read("title", null, Columns).Descending);
        Assert.True(ListSort.Read("estimate", null, Columns).Descending);
        Assert.False(ListSort.Read("estimate", "stigande", Columns).Descending);
        Assert.Equal("descending", ListSort.Read("estimate", null, Columns).AriaSort(Estimate));
        Assert.Equal([3, 2, 1], ListSort.Read("estimate", null, Columns).Apply([1, 3, 2], (_, items) => items.OrderBy(i => i)));
    }

    [Fact]
    public void A_headings_link_turns_the_order_keeps_the_filters_and_starts_from_the_first_page()
    {
        var sorted = ListSort.Read("title", "stigande", Columns);
        var request = Request("?committee=KS&sort=title&ordning=stigande&sida=3");

        Assert.Equal("/atgarder?committee=KS&sort=title&ordning=fallande", sorted.Link(request, "/atgarder", Title, "sida"));
        Assert.Equal("/atgarder?committee=KS&sort=estimate&ordning=fallande", sorted.Link(request, "/atgarder", Estimate, "sida"));
        Assert.Equal("sorterad stigande, klicka för fallande", sorted.Described(Title));
        Assert.Equal("sortera fallande", sorted.Described(Estimate));
    }
}
