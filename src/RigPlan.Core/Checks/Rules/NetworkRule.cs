using System.Globalization;
using System.Text.RegularExpressions;

namespace RigPlan.Core.Checks.Rules;

/// <summary><c>advice.network</c>: multi-node training exchanges gradients over the network; below 10 GbE it dominates step time.</summary>
public sealed partial class NetworkRule : IBuildRule
{
    /// <summary>Slowest link RigPlan accepts between nodes without a warning.</summary>
    public const double MinimumGbps = 10;

    /// <inheritdoc />
    public RuleInfo Info { get; } = new("advice.network", "10 GbE or faster between nodes", "gradient all-reduce volume per step against link rate");

    /// <summary>The fastest port of a node: its NICs, or what its board's onboard NICs say ("2x 10GbE").</summary>
    public static double FastestPortGbps(Builds.NodeSpec node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var nics = node.Nics.Select(n => n.Part.PortSpeed.Value).DefaultIfEmpty(0).Max();
        var onboard = node.Motherboard.OnboardNics is { } text
            ? OnboardSpeed().Matches(text).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max()
            : 0;
        return Math.Max(nics, onboard);
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.Build.MachineCount < 2)
        {
            yield break;
        }

        foreach (var node in build.Nodes)
        {
            var fastest = FastestPortGbps(node.Node);
            if (fastest < MinimumGbps)
            {
                var nic = build.Catalog.Nics.Where(n => n.PortSpeed.Value >= 25).OrderBy(n => Suggest.SortPrice(build.Catalog, n.Id)).FirstOrDefault();
                yield return new Finding
                {
                    Rule = Info.Id,
                    Severity = Severity.Warning,
                    Node = node.Name,
                    Message = fastest > 0 ? $"the fastest network port is {fastest:0.#} Gb/s; multi-node training exchanges gradients every step and wants 10 Gb/s or more" : "the catalog knows of no network port on this node; multi-node training needs 10 Gb/s or more between nodes",
                    Fix = nic is null ? "add a 25 GbE or faster NIC" : $"add a NIC such as {Suggest.Name(nic)}",
                };
            }
        }
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(?:GbE|Gb/s|Gbps|G\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OnboardSpeed();
}
