using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>power.connectors</c>: the 8-pin, 16-pin (12VHPWR / 12V-2x6) and EPS connectors the GPUs need against what
/// the PSUs provide.
/// </summary>
/// <remarks>
/// PCIe CEM: an 8-pin carries 150 W, a 16-pin up to 600 W. NVIDIA's adapters feed a 16-pin from three 8-pins
/// (up to 450 W) or four (600 W), and the RTX 30 Founders Edition 12-pin from two 8-pins.
/// </remarks>
public sealed class ConnectorRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("power.connectors", "GPU power connectors against what the PSUs provide", "PCIe CEM connector ratings; NVIDIA adapter cables");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            if (node.Node.GpuCount == 0 || node.PsuUnits == 0)
            {
                continue;
            }

            int eight = 0, sixteen = 0, sixteenAsEights = 0, eps = 0;
            var unknownCards = new List<string>();
            foreach (var group in node.Node.Gpus)
            {
                if (group.Connectors is not { } connectors)
                {
                    unknownCards.Add(group.Describe());
                    continue;
                }

                foreach (var c in connectors)
                {
                    var n = c.Count * group.Count;
                    switch (c.Type)
                    {
                        case ConnectorType.Pin6 or ConnectorType.Pin8:
                            eight += n;
                            break;
                        case ConnectorType.Pin12:
                            eight += 2 * n;
                            break;
                        case ConnectorType.Pin16:
                            sixteen += n;
                            sixteenAsEights += (group.Power.Value > 450 ? 4 : 3) * n;
                            break;
                        case ConnectorType.Eps8:
                            eps += n;
                            break;
                    }
                }
            }

            if (node.Node.Chassis?.ChassisKind == ChassisKind.Barebone)
            {
                // GPU servers feed the cards from their own power distribution board, not from PSU cables.
                yield return Finding(node, Severity.Info, $"the GPUs need {Need(eight, sixteen, eps)}; in {node.Node.Chassis.Name} they come from the chassis' power distribution, not PSU cables", "check the barebone's GPU power cable kit matches the cards (16-pin or EPS)");
                continue;
            }

            var have8 = Sum(node, p => p.Pcie8Pin);
            var have16 = Sum(node, p => p.Pcie12VHpwr);
            if (unknownCards.Count > 0)
            {
                yield return Finding(node, Severity.Info, $"the catalog does not know the power connectors of {Fmt.List(unknownCards)}; count them on the card before buying cables", null);
            }

            if (have8 is null || (sixteen > 0 && have16 is null))
            {
                var unknown = node.Node.Psus.Where(p => p.Part.Pcie8Pin is null || p.Part.Pcie12VHpwr is null).Select(p => p.Part.Name).Distinct();
                yield return Finding(node, Severity.Warning, $"the GPUs need {Need(eight, sixteen, eps)}, but the catalog does not know how many GPU connectors {Fmt.List(unknown)} has", "count the PCIe 8-pin and 12VHPWR sockets on the PSU's label or manual");
            }
            else
            {
                var native16 = Math.Min(sixteen, have16!.Value);
                var adapted = sixteen - native16;
                var eightNeeded = eight + (adapted == 0 ? 0 : sixteenAsEights * adapted / sixteen);
                if (eightNeeded > have8.Value)
                {
                    yield return Finding(node, Severity.Error, $"the GPUs need {Need(eight, sixteen, eps)}; the PSUs provide {Fmt.Count(have8.Value, "8-pin")} and {Fmt.Count(have16.Value, "16-pin")} (16-pins beyond those take 3 or 4 8-pins through an adapter): {eightNeeded} 8-pins needed", "add a PSU, or choose one with more PCIe connectors (or native 12V-2x6 for 16-pin cards)");
                }
            }

            if (eps > 0)
            {
                yield return Finding(node, Severity.Info, $"the datacenter cards take {Fmt.Count(eps, "8-pin EPS (CPU-style) connector")}, on top of the board's own EPS connectors for the CPUs", "use the server chassis' GPU power cables, or check the PSU has enough EPS outputs");
            }
        }
    }

    private static int? Sum(NodeContext node, Func<Psu, int?> field) =>
        node.Node.Psus.Any(p => field(p.Part) is null) ? null : node.Node.Psus.Sum(p => field(p.Part)!.Value * p.Count);

    private static string Need(int eight, int sixteen, int eps) =>
        Fmt.List(new[] { eight > 0 ? Fmt.Count(eight, "8-pin") : null, sixteen > 0 ? Fmt.Count(sixteen, "16-pin") : null, eps > 0 ? Fmt.Count(eps, "EPS 8-pin") : null }.Where(x => x is not null)!);

    private Finding Finding(NodeContext node, Severity severity, string message, string? fix) =>
        new() { Rule = Info.Id, Severity = severity, Message = message, Fix = fix, Node = node.Name };
}
