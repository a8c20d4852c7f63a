using System.Collections.Immutable;

namespace RigPlan.Core.Catalog;

/// <summary>
/// Finds parts by the names people write: an id, the vendor's name, an alias, or a loose form of them
/// ("3090", "a100 sxm 80gb"). Ambiguous names list the candidates; unknown ones suggest the nearest.
/// </summary>
/// <remarks>
/// Order of preference: exact id; a name whose normalised form equals the query's; then the parts whose
/// names contain every token of the query, preferring those with the fewest extra tokens. A tie at the
/// best level is ambiguous rather than guessed.
/// </remarks>
public sealed class NameResolver<T>
    where T : Part
{
    private readonly ImmutableArray<Entry> _entries;

    /// <summary>Indexes the parts' ids, names and aliases.</summary>
    public NameResolver(IEnumerable<T> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        _entries = [.. parts.Select(p => new Entry(
            p,
            [.. new[] { p.Id, p.Name }.Concat(p.Aliases).Select(n => NameMatching.Tokens(n)).Where(t => !t.IsEmpty)]))];
    }

    /// <summary>Looks a name up.</summary>
    public Resolution<T> Resolve(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var trimmed = query.Trim();
        var byId = _entries.FirstOrDefault(e => string.Equals(e.Part.Id, trimmed, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            return new Resolution<T> { Query = query, Part = byId.Part };
        }

        var tokens = NameMatching.Tokens(trimmed);
        if (tokens.IsEmpty)
        {
            return new Resolution<T> { Query = query };
        }

        var key = string.Concat(tokens);
        var exact = _entries.Where(e => e.Names.Any(n => string.Concat(n) == key)).Select(e => e.Part).Distinct().ToImmutableArray();
        if (exact.Length == 1)
        {
            return new Resolution<T> { Query = query, Part = exact[0] };
        }

        if (exact.Length > 1)
        {
            return new Resolution<T> { Query = query, Candidates = exact };
        }

        var scored = _entries
            .Select(e => (e.Part, Name: e.Names.Where(n => Contains(n, tokens)).OrderBy(n => n.Length).FirstOrDefault()))
            .Where(x => !x.Name.IsDefault)
            .ToList();
        if (scored.Count > 0)
        {
            // The closest match wins only when every other match is a more specific variant of it
            // ("3090" is the RTX 3090, not the 3090 Ti); unrelated matches ("ASUS") are ambiguous.
            var best = scored.MinBy(x => x.Name.Length);
            var rivals = scored.Where(x => x.Part != best.Part).ToList();
            if (rivals.All(r => _entries.First(e => e.Part == r.Part).Names.Any(n => Contains(n, best.Name))))
            {
                return new Resolution<T> { Query = query, Part = best.Part };
            }

            return new Resolution<T> { Query = query, Candidates = [.. scored.OrderBy(x => x.Name.Length).ThenBy(x => x.Part.Id, StringComparer.Ordinal).Select(x => x.Part).Distinct()] };
        }

        var suggestions = _entries
            .Select(e => (e.Part, Distance: e.Names.Min(n => NameMatching.Distance(key, string.Concat(n)))))
            .Where(x => x.Distance <= Math.Max(3, key.Length / 2))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Part.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Part)
            .ToImmutableArray();
        return new Resolution<T> { Query = query, Suggestions = suggestions };
    }

    private static bool Contains(ImmutableArray<string> name, ImmutableArray<string> query)
    {
        // Every query token must appear in the name, as many times as the query has it.
        var pool = name.ToList();
        foreach (var token in query)
        {
            if (!pool.Remove(token))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(T Part, ImmutableArray<ImmutableArray<string>> Names);
}
