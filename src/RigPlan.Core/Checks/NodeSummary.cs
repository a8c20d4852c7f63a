using System.Collections.Immutable;

namespace RigPlan.Core.Checks;

/// <summary>The figures of one kind of node, per machine.</summary>
public sealed record NodeSummary
{
    /// <summary>The node's name.</summary>
    public required string Name { get; init; }

    /// <summary>Identical machines.</summary>
    public required int Count { get; init; }

    /// <summary>GPUs per machine.</summary>
    public required int Gpus { get; init; }

    /// <summary>DC load of one machine at full load.</summary>
    public required double DcLoadW { get; init; }

    /// <summary>PSU output of one machine at the site's voltage.</summary>
    public required double PsuCapacityW { get; init; }

    /// <summary>Wall draw of one machine at full load.</summary>
    public required double WallW { get; init; }

    /// <summary>Each GPU's link ("GPU 1 (RTX 3090): x16 Gen4 via CPU"), or why it has none.</summary>
    public required ImmutableArray<string> Links { get; init; }
}
