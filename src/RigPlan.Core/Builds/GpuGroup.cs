using System.Collections.Immutable;
using RigPlan.Core.Catalog;
using RigPlan.Core.Units;

namespace RigPlan.Core.Builds;

/// <summary>Identical GPUs in one node: a model, optionally a partner board, a power limit and a riser.</summary>
public sealed record GpuGroup
{
    /// <summary>The GPU model.</summary>
    public required Gpu Gpu { get; init; }

    /// <summary>The partner board; null means the reference design.</summary>
    public GpuBoard? Board { get; init; }

    /// <summary>How many.</summary>
    public required int Count { get; init; }

    /// <summary>The power limit set with nvidia-smi -pl; null means board power.</summary>
    public Watts? PowerLimit { get; init; }

    /// <summary>A riser each card hangs on; null means the card sits in its slot.</summary>
    public Riser? Riser { get; init; }

    /// <summary>Slot positions the user chose for these cards; empty lets the checker place them.</summary>
    public ImmutableArray<int> Slots { get; init; } = [];

    /// <summary>Where the group is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The board power of one card as built (the partner board's, else the model's).</summary>
    public Watts BoardPower => Board?.Tdp ?? Gpu.Tdp;

    /// <summary>The power one card may draw: the power limit when set, else board power.</summary>
    public Watts Power => PowerLimit ?? BoardPower;

    /// <summary>Expansion slots one card occupies, when known.</summary>
    public double? SlotWidth => Board is not null ? Board.SlotWidth : Gpu.SlotWidth;

    /// <summary>Card length, when known.</summary>
    public Millimeters? Length => Board is not null ? Board.Length : Gpu.Length;

    /// <summary>Cooling design, when known.</summary>
    public Cooling? Cooling => Board is not null ? Board.Cooling : Gpu.Cooling;

    /// <summary>The card's auxiliary power connectors, when known.</summary>
    public ImmutableArray<PowerConnector>? Connectors =>
        Board is { PowerConnectorsKnown: true } b ? b.PowerConnectors
        : Board is null && Gpu.PowerConnectorsKnown ? Gpu.PowerConnectors
        : null;

    /// <summary>A short description: "4x ASUS Turbo RTX 3090".</summary>
    public string Describe() => $"{Count}x {Board?.Name ?? Gpu.Name}";
}
