using System.Collections.Immutable;
using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A motherboard with its real slot layout.</summary>
public sealed record Motherboard : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Motherboard;

    /// <summary>CPU socket.</summary>
    public required string Socket { get; init; }

    /// <summary>Number of CPU sockets.</summary>
    public int CpuSockets { get; init; } = 1;

    /// <summary>ATX, E-ATX, EEB, SSI-EEB, CEB, Micro-ATX, Mini-ITX or proprietary.</summary>
    public required string FormFactor { get; init; }

    /// <summary>Chipset, where the platform has one.</summary>
    public string? Chipset { get; init; }

    /// <summary>DDR4 or DDR5.</summary>
    public required MemoryGeneration MemoryType { get; init; }

    /// <summary>Module kinds the board takes.</summary>
    public required ImmutableArray<DimmKind> DimmKinds { get; init; }

    /// <summary>DIMM slots.</summary>
    public required int DimmSlots { get; init; }

    /// <summary>Most memory the board takes; null when no source gives it.</summary>
    public Gigabytes? MaxMemory { get; init; }

    /// <summary>Onboard network ports, as written.</summary>
    public string? OnboardNics { get; init; }

    /// <summary>Whether it has a BMC with IPMI.</summary>
    public bool? Ipmi { get; init; }

    /// <summary>M.2 sockets.</summary>
    public int? M2Slots { get; init; }

    /// <summary>Launch date as written.</summary>
    public string? ReleaseDate { get; init; }

    /// <summary>The position of the board's lowest slot (0 when the layout is unknown): a case needs at least this many openings.</summary>
    public int LastSlotPosition => Slots.IsEmpty ? 0 : Slots.Max(s => s.Position);

    /// <summary>PCIe expansion slots, by position.</summary>
    public ImmutableArray<PcieSlot> Slots { get; init; } = [];
}
