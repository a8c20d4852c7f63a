using System.Collections.Immutable;

namespace RigPlan.Core.Pcie;

/// <summary>Where every card of a node sits, which could not be placed, and why.</summary>
public sealed record SlotPlacement
{
    /// <summary>Cards in slots, by slot position.</summary>
    public required ImmutableArray<PlacedDevice> Placed { get; init; }

    /// <summary>Cards that found no slot.</summary>
    public required ImmutableArray<PcieDevice> Unplaced { get; init; }

    /// <summary>False when the catalog has no slot layout for the board, so nothing could be placed.</summary>
    public required bool LayoutKnown { get; init; }

    /// <summary>True when every card would have found a slot if cards were one slot wide: spacing, not slot count, is the problem.</summary>
    public bool SpacingIsTheProblem { get; init; }

    /// <summary>The expansion positions the chassis offers, when a chassis limits them.</summary>
    public int? Openings { get; init; }
}
