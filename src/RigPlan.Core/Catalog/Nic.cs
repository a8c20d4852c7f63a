using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A network adapter.</summary>
public sealed record Nic : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Nic;

    /// <summary>ethernet, infiniband, or both.</summary>
    public required string Protocol { get; init; }

    /// <summary>Ports.</summary>
    public required int Ports { get; init; }

    /// <summary>Line rate of each port.</summary>
    public required GigabitsPerSecond PortSpeed { get; init; }

    /// <summary>PCIe generation.</summary>
    public required int PcieGen { get; init; }

    /// <summary>PCIe lanes it needs.</summary>
    public required int PcieLanes { get; init; }

    /// <summary>Typical power.</summary>
    public Watts? Power { get; init; }
}
