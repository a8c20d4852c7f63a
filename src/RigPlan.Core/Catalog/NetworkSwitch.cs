using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A network switch.</summary>
public sealed record NetworkSwitch : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Switch;

    /// <summary>ethernet or infiniband.</summary>
    public required string Protocol { get; init; }

    /// <summary>Ports.</summary>
    public required int Ports { get; init; }

    /// <summary>Line rate of each port.</summary>
    public required GigabitsPerSecond PortSpeed { get; init; }

    /// <summary>Height in rack units.</summary>
    public int? RackUnits { get; init; }

    /// <summary>Typical power.</summary>
    public Watts? Power { get; init; }
}
