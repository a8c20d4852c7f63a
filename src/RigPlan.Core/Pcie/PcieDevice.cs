using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Pcie;

/// <summary>A card that needs a PCIe slot: a GPU or a NIC, with the room it takes and the link it wants.</summary>
public sealed record PcieDevice
{
    /// <summary>How reports name it: "GPU 3 (RTX 3090)".</summary>
    public required string Label { get; init; }

    /// <summary>True for a GPU.</summary>
    public required bool IsGpu { get; init; }

    /// <summary>Expansion slots it covers when it sits in a slot (a 2.5-slot card covers 3).</summary>
    public required int Width { get; init; }

    /// <summary>True when the width is known; an unknown width is taken as 2 and reported.</summary>
    public bool WidthKnown { get; init; } = true;

    /// <summary>Lanes it can use.</summary>
    public required int Lanes { get; init; }

    /// <summary>Highest PCIe generation it speaks.</summary>
    public required int Gen { get; init; }

    /// <summary>The riser it hangs on, if any: it then covers no neighbouring slot.</summary>
    public Riser? Riser { get; init; }

    /// <summary>The position the user asked for, if any.</summary>
    public int? FixedPosition { get; init; }

    /// <summary>The GPU group it belongs to, for GPUs.</summary>
    public GpuGroup? Group { get; init; }

    /// <summary>Cooling, for GPUs.</summary>
    public Cooling? Cooling { get; init; }

    /// <summary>Devices with the same key are interchangeable, so the search tries each arrangement once.</summary>
    public required string Key { get; init; }
}
