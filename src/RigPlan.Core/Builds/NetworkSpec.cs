using RigPlan.Core.Catalog;

namespace RigPlan.Core.Builds;

/// <summary>The network between a build's machines: the switch they share (none for a single machine or two cabled back to back).</summary>
public sealed record NetworkSpec
{
    /// <summary>The switch, or null for direct cabling.</summary>
    public NetworkSwitch? Switch { get; init; }

    /// <summary>How many of the switch (several are chained: each link between two uses a port on each).</summary>
    public int SwitchCount { get; init; } = 1;

    /// <summary>Where the section is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Ports the switches offer to machines: all of them, less two (one on each side) per link between switches.</summary>
    public int MachinePorts => Switch is null ? 0 : (Switch.Ports * SwitchCount) - (2 * (SwitchCount - 1));
}
