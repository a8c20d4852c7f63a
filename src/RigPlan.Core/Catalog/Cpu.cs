using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A processor, with what it gives the GPUs: PCIe lanes, memory channels and capacity.</summary>
public sealed record Cpu : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Cpu;

    /// <summary>Product family (EPYC 7002, Threadripper PRO 5000 WX, ...).</summary>
    public required string Family { get; init; }

    /// <summary>Socket (SP3, SP5, sWRX8, AM5, LGA4677, ...).</summary>
    public required string Socket { get; init; }

    /// <summary>Most sockets it may populate in one system (1 or 2).</summary>
    public int? SocketsMax { get; init; }

    /// <summary>Cores.</summary>
    public required int Cores { get; init; }

    /// <summary>Hardware threads.</summary>
    public required int Threads { get; init; }

    /// <summary>Base clock.</summary>
    public Gigahertz? BaseClock { get; init; }

    /// <summary>Boost clock.</summary>
    public Gigahertz? BoostClock { get; init; }

    /// <summary>Lanes the CPU gives to slots and devices in a one-socket system.</summary>
    public required int PcieLanes { get; init; }

    /// <summary>PCIe generation of those lanes.</summary>
    public required int PcieGen { get; init; }

    /// <summary>DDR4 or DDR5.</summary>
    public required MemoryGeneration MemoryType { get; init; }

    /// <summary>Memory channels per socket.</summary>
    public required int MemoryChannels { get; init; }

    /// <summary>Most memory per socket.</summary>
    public Gigabytes? MaxMemory { get; init; }

    /// <summary>Default TDP.</summary>
    public required Watts Tdp { get; init; }

    /// <summary>Launch date as written.</summary>
    public string? ReleaseDate { get; init; }

    /// <summary>Launch price.</summary>
    public Usd? LaunchPrice { get; init; }
}
