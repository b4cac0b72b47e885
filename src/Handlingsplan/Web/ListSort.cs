using Microsoft.AspNetCore.Http.Extensions;

namespace Handlingsplan.Web;

/// <summary>A column a list can be sorted by: its key in the address, its Swedish heading, and which way a first click sorts it.</summary>
public sealed record SortColumn(string Key, string Heading, bool DescendingFirst = false, bool Numeric = false);

/// <summary>
/// How a list is sorted, as the address says it: <c>sort</c> names the column and <c>ordning</c> is
/// <c>stigande</c> or <c>fallande</c> (left out: the column's own first direction, largest amounts
/// first). The column headings link to the other orders, so a sorted view can be bookmarked and shared.
/// </summary>
public sealed record ListSort(SortColumn? Column, bool Descending)
{
    public const string SortKey = "sort";
    public const string OrderKey = "ordning";
    public const string Ascending = "stigande";
    public const string DescendingText = "fallande";

    /// <summary>The list's own order (no column): what a list shows before anyone sorts it.</summary>
    public static readonly ListSort None = new(null, false);

    public static ListSort Read(string? sort, string? order, IEnumerable<SortColumn> columns)
    {
        if (columns.FirstOrDefault(c => c.Key == sort) is not { } column) return None;
        var descending = order switch
        {
            DescendingText => true,
            Ascending => false,
            _ => column.DescendingFirst,
        };
        return new ListSort(column, descending);
    }

    public bool Is(SortColumn column) => Column?.Key == column.Key;

    /// <summary>The <c>aria-sort</c> of a column's heading.</summary>
    public string AriaSort(SortColumn column) => !Is(column) ? "none" : Descending ? "descending" : "ascending";

    /// <summary>What a screen reader hears after the heading: how it is sorted now and what a click does.</summary>
    public string Described(SortColumn column) => !Is(column)
        ? $"sortera {(column.DescendingFirst ? "fallande" : "stigande")}"
        : $"sorterad {(Descending ? "fallande" : "stigande")}, klicka för {(Descending ? "stigande" : "fallande")}";

    /// <summary>The order a click on the heading gives: the other direction of the column sorted now, else the column's first.</summary>
    public bool NextDescending(SortColumn column) => Is(column) ? !Descending : column.DescendingFirst;

    /// <summary>
    /// The address of the list sorted by a column, with the same filters, from its first page: a page
    /// number of one order means nothing in another.
    /// </summary>
    public string Link(HttpRequest request, string path, SortColumn column, params string[] pageKeys)
    {
        var query = request.Query
            .Where(q => q.Key is not SortKey and not OrderKey && !pageKeys.Contains(q.Key))
            .ToDictionary(q => q.Key, q => q.Value.ToString());
        query[SortKey] = column.Key;
        query[OrderKey] = NextDescending(column) ? DescendingText : Ascending;
        return path + new QueryBuilder(query);
    }

    /// <summary>Sorts by the column's key selector, in the chosen direction; the list's own order when no column is chosen.</summary>
    public IEnumerable<T> Apply<T>(IEnumerable<T> items, Func<string, IEnumerable<T>, IOrderedEnumerable<T>> ascending)
    {
        if (Column is null) return items;
        var sorted = ascending(Column.Key, items).ToList();
        if (Descending) sorted.Reverse();
        return sorted;
    }
}

/// <summary>What the heading partial <c>_SortHeader</c> needs: the column, the list's sort, and the address a click goes to.</summary>
public sealed record SortHeader(SortColumn Column, ListSort Sort, string Href);
