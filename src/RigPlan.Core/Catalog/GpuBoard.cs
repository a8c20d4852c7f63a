using System.Collections.Immutable;
using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A partner board (ASUS, MSI, ...) built around a catalog GPU model, with its own size, cooling and power.</summary>
public sealed record GpuBoard : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.GpuBoard;

    /// <summary>The id of the GPU model it carries.</summary>
    public required string GpuId { get; init; }

    /// <summary>Part numbers the maker uses.</summary>
    public ImmutableArray<string> PartNumbers { get; init; } = [];

    /// <summary>Card length.</summary>
    public Millimeters? Length { get; init; }

    /// <summary>Expansion slots the card occupies.</summary>
    public double? SlotWidth { get; init; }

    /// <summary>Cooling design.</summary>
    public Cooling? Cooling { get; init; }

    /// <summary>Auxiliary power connectors.</summary>
    public ImmutableArray<PowerConnector> PowerConnectors { get; init; } = [];

    /// <summary>True when the connector list is known.</summary>
    public bool PowerConnectorsKnown { get; init; }

    /// <summary>Board power as the maker states it.</summary>
    public Watts? Tdp { get; init; }
}
