using System.Collections.Immutable;

namespace RigPlan.Core.Catalog;

/// <summary>The outcome of looking a part up by what a person wrote.</summary>
public sealed record Resolution<T>
    where T : Part
{
    /// <summary>What was looked up.</summary>
    public required string Query { get; init; }

    /// <summary>The part, when exactly one matched best.</summary>
    public T? Part { get; init; }

    /// <summary>Equally good matches, when the name was ambiguous.</summary>
    public ImmutableArray<T> Candidates { get; init; } = [];

    /// <summary>Near names, when nothing matched.</summary>
    public ImmutableArray<T> Suggestions { get; init; } = [];

    /// <summary>True when exactly one part matched.</summary>
    public bool Found => Part is not null;

    /// <summary>A sentence for a person: what matched, or what to write instead.</summary>
    public string Message => Part is not null
        ? $"'{Query}' is {Part.Name} ({Part.Id})"
        : !Candidates.IsEmpty
            ? $"'{Query}' is ambiguous; it could be: {string.Join("; ", Candidates.Take(8).Select(c => $"{c.Name} ({c.Id})"))}{(Candidates.Length > 8 ? $"; and {Candidates.Length - 8} more" : "")}. Write the id or more of the name"
            : Suggestions.IsEmpty
                ? $"'{Query}' matches no part in the catalog"
                : $"'{Query}' matches no part in the catalog; did you mean: {string.Join("; ", Suggestions.Select(c => $"{c.Name} ({c.Id})"))}?";
}
