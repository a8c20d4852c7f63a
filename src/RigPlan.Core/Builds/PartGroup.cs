using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Builds;

/// <summary>A number of identical parts in a node (memory modules, PSUs, NICs).</summary>
public sealed record PartGroup<T>
    where T : Part
{
    /// <summary>The part.</summary>
    public required T Part { get; init; }

    /// <summary>How many.</summary>
    public required int Count { get; init; }

    /// <summary>For PSUs: the circuits (1-based) the units plug into, one per unit; empty lets the checker spread them.</summary>
    public ImmutableArray<int> Circuits { get; init; } = [];

    /// <summary>Where the group is written.</summary>
    public required SourceLocation Location { get; init; }
}
