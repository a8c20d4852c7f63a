namespace RigPlan.Core.Catalog;

/// <summary>Free-text search over parts: every word of the query must appear in the part's id, name, aliases or vendor.</summary>
public static class PartSearch
{
    /// <summary>True when the part matches the query.</summary>
    public static bool Matches(Part part, string query)
    {
        ArgumentNullException.ThrowIfNull(part);
        var wanted = NameMatching.Tokens(query);
        if (wanted.IsEmpty)
        {
            return true;
        }

        var haystack = new[] { part.Id, part.Name, part.Vendor ?? "" }
            .Concat(part.Aliases)
            .Concat(part is GpuBoard b ? [b.GpuId, .. b.PartNumbers] : [])
            .SelectMany(n => NameMatching.Tokens(n))
            .ToHashSet(StringComparer.Ordinal);
        return wanted.All(t => haystack.Contains(t) || (t.Length >= 3 && haystack.Any(h => h.StartsWith(t, StringComparison.Ordinal))));
    }
}
