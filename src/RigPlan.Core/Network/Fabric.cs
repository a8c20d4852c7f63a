using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks.Rules;

namespace RigPlan.Core.Network;

/// <summary>
/// The network between a build's machines: the switch (or direct cabling), the protocol, and the rate every machine's
/// link runs at, which is the slower of its fastest port speaking the switch's protocol and the switch's port speed.
/// </summary>
public sealed record Fabric
{
    /// <summary>Machines on the fabric.</summary>
    public required int Machines { get; init; }

    /// <summary>The switch, or null for two machines cabled back to back.</summary>
    public NetworkSwitch? Switch { get; init; }

    /// <summary>How many switches.</summary>
    public int SwitchCount { get; init; } = 1;

    /// <summary>ethernet or infiniband.</summary>
    public required string Protocol { get; init; }

    /// <summary>The slowest machine's link rate, Gb/s (0 when a machine has no port of the protocol).</summary>
    public required double LinkGbps { get; init; }

    /// <summary>Cables: one per machine to the switch, one between two machines cabled directly, one per link between chained switches.</summary>
    public int Cables => Switch is null ? (Machines == 2 ? 1 : 0) : Machines + (SwitchCount - 1);

    /// <summary>What limits the link: "the NICs", "the switch" or "both".</summary>
    public required string LimitedBy { get; init; }

    /// <summary>The fabric of a build; null for a single machine.</summary>
    public static Fabric? Of(BuildSpec build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.MachineCount < 2)
        {
            return null;
        }

        var sw = build.Network?.Switch;
        var protocol = sw?.Protocol ?? "ethernet";
        var machine = build.Nodes.Min(n => PortGbps(n, protocol));
        var link = sw is null ? machine : Math.Min(machine, sw.PortSpeed.Value);
        var limitedBy = sw is null || machine < sw.PortSpeed.Value ? "the machines' ports" : machine > sw.PortSpeed.Value ? "the switch" : "both";
        return new Fabric { Machines = build.MachineCount, Switch = sw, SwitchCount = build.Network?.SwitchCount ?? 1, Protocol = protocol, LinkGbps = link, LimitedBy = limitedBy };
    }

    /// <summary>A node's fastest port speaking a protocol: its NICs, and for Ethernet its onboard ports too.</summary>
    public static double PortGbps(NodeSpec node, string protocol)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(protocol);
        var nics = node.Nics.Where(n => Speaks(n.Part.Protocol, protocol)).Select(n => n.Part.PortSpeed.Value).DefaultIfEmpty(0).Max();
        var onboard = string.Equals(protocol, "ethernet", StringComparison.OrdinalIgnoreCase) ? NetworkRule.FastestPortGbps(node with { Nics = [] }) : 0;
        return Math.Max(nics, onboard);
    }

    /// <summary>True when a NIC's protocol list ("ethernet;infiniband") includes the protocol.</summary>
    public static bool Speaks(string nicProtocols, string protocol) =>
        nicProtocols.Split(';', StringSplitOptions.TrimEntries).Contains(protocol, StringComparer.OrdinalIgnoreCase);

    /// <summary>One line for people: "4 machines on MikroTik CRS309 (8x 10 Gb/s ethernet): links at 10 Gb/s, limited by the machines' ports; 4 cables".</summary>
    public string Describe()
    {
        var where = Switch is null ? (Machines == 2 ? "2 machines cabled back to back" : $"{Machines} machines with no switch") : $"{Machines} machines on {(SwitchCount > 1 ? $"{SwitchCount}x " : "")}{Switch.Name} ({Switch.Ports}x {Switch.PortSpeed.Value:0.#} Gb/s {Protocol})";
        var rate = LinkGbps > 0 ? $"links at {LinkGbps:0.#} Gb/s ({LinkGbps / 8:0.##} GB/s each way), limited by {LimitedBy}" : $"a machine has no {Protocol} port";
        return $"{where}: {rate}; {Cables} cable{(Cables == 1 ? "" : "s")}";
    }

    /// <summary>
    /// The cheapest priced switches (else unpriced ones, fewest units first) that give every machine a port at the rate
    /// it needs: one switch, or several linked with two ports each way. Null when none can.
    /// </summary>
    public static (NetworkSwitch Switch, int Count)? SwitchesFor(IEnumerable<NetworkSwitch> switches, int machines, double minGbps, string protocol, Func<string, double?> price)
    {
        ArgumentNullException.ThrowIfNull(switches);
        ArgumentNullException.ThrowIfNull(price);
        var options = new List<(NetworkSwitch Switch, int Count, double? Cost)>();
        foreach (var s in switches.Where(s => s.PortSpeed.Value >= minGbps && string.Equals(s.Protocol, protocol, StringComparison.OrdinalIgnoreCase)))
        {
            // k switches in a chain offer k x ports - 2 x (k - 1) ports to machines.
            var count = s.Ports >= machines ? 1 : s.Ports > 2 ? (int)Math.Ceiling((machines - 2.0) / (s.Ports - 2.0)) : int.MaxValue;
            if (count <= 64)
            {
                options.Add((s, count, price(s.Id) is { } p ? p * count : null));
            }
        }

        var best = options.OrderBy(o => o.Cost is null ? 1 : 0).ThenBy(o => o.Cost ?? 0).ThenBy(o => o.Count).ThenBy(o => o.Switch.Id, StringComparer.Ordinal).FirstOrDefault();
        return best.Switch is null ? null : (best.Switch, best.Count);
    }
}
