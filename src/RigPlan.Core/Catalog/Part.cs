using System.Collections.Immutable;

namespace RigPlan.Core.Catalog;

/// <summary>What every catalog part has: an id, names people use, and where its figures come from.</summary>
public abstract record Part
{
    /// <summary>The unique lower-case id (<c>rtx-3090</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name as the vendor writes it.</summary>
    public required string Name { get; init; }

    /// <summary>Other names people write for it.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The maker.</summary>
    public string? Vendor { get; init; }

    /// <summary>Where the row's figures come from (datasheet, vendor page, dataset row).</summary>
    public required string Source { get; init; }

    /// <summary>Remarks on the row: figures left unknown, figures from elsewhere.</summary>
    public string? Notes { get; init; }

    /// <summary>The file and line the part was read from.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>What kind of part this is.</summary>
    public abstract PartKind Kind { get; }
}

/// <summary>A place in a catalog file.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
