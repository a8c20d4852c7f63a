using System.Collections.Immutable;

namespace RigPlan.Core.Catalog;

/// <summary>A PCIe expansion slot on a motherboard, placed by position so that card widths can be checked against spacing.</summary>
public sealed record PcieSlot
{
    /// <summary>Expansion-slot position, 1 nearest the CPU; a 2-slot card in position 1 also covers position 2.</summary>
    public required int Position { get; init; }

    /// <summary>The silk-screen label (PCIE1, PCIEX16_1).</summary>
    public string? Label { get; init; }

    /// <summary>Mechanical size in lanes (x16 slot = 16).</summary>
    public required int PhysicalLanes { get; init; }

    /// <summary>Lanes wired when nothing is shared.</summary>
    public required int ElectricalLanes { get; init; }

    /// <summary>PCIe generation.</summary>
    public required int Gen { get; init; }

    /// <summary>CPU, chipset or switch.</summary>
    public required LaneSource Attached { get; init; }

    /// <summary>Labels of slots or M.2 sockets it shares lanes with.</summary>
    public ImmutableArray<string> SharesWith { get; init; } = [];

    /// <summary>Electrical lanes when a sharing partner is populated.</summary>
    public int? LanesWhenShared { get; init; }

    /// <summary>Where the slot's figures come from.</summary>
    public required string Source { get; init; }

    /// <summary>Remarks (the sharing rule, BIOS bifurcation settings).</summary>
    public string? Notes { get; init; }

    /// <summary>The file and line the slot was read from.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>
    /// How messages name the slot: its position, with the silk-screen label where known ("position 1 (PCIE7)"). Boards
    /// number their labels either way (ROMED8-2T's PCIE7 is next to the CPU), so the label never stands for the position.
    /// </summary>
    public string Name => Label is null
        ? $"position {Position.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : $"position {Position.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({Label})";
}
