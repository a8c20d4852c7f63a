using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>power.transient</c>: GeForce RTX 30, 40 and 50 cards draw about twice their board power for a few
/// milliseconds; ATX 3.x PSUs are specified to ride through 200 % excursions, older units may shut down.
/// </summary>
/// <remarks>
/// The factor 2 is the planning figure of our founding brief ("RTX 30/40/50 cards spike to about twice board power
/// for milliseconds"). Published measurements bracket it: RTX 3080 533 W peaks on a 320 W card (1.7x, Gamers Nexus,
/// cited at https://www.cclonline.com/article/2123/News/Power-Supplies/ATX-3-0-PSUs-Explained-Will-You-Need-One-/),
/// RTX 5090 Founders Edition 738 W for up to 10 ms and 901 W under 1 ms on a 575 W card (1.3x-1.6x, Igor's Lab, cited at
/// https://www.slashgear.com/1902896/rtx-5090-how-much-power-can-pull-nvidia-geforce-gpu/), and PCI-SIG lets a card
/// reach 3x for 100 µs (https://www.tweaktown.com/news/85717/). ATX 3.0 units with a 12VHPWR connector must carry 200 %
/// of rating for 100 µs, 180 % for 1 ms, 160 % for 10 ms (https://hothardware.com/news/psu-manufs-can-skirt-atx-30-tolerance-testing).
/// A power limit scales the spikes with it.
/// </remarks>
public sealed class TransientRule : IBuildRule
{
    /// <summary>Peak excursion as a multiple of board power for the affected GeForce generations.</summary>
    public const double ExcursionFactor = 2.0;

    private static readonly HashSet<string> SpikyArchitectures = new(StringComparer.OrdinalIgnoreCase) { "Ampere", "Ada Lovelace", "Blackwell" };

    /// <inheritdoc />
    public RuleInfo Info { get; } = new("power.transient", "GPU power excursions against the PSUs' tolerance", "founding brief (about 2x board power); Gamers Nexus and Igor's Lab measurements (1.3x-1.7x); ATX 3.0 (200 % for 100 µs)");

    /// <summary>True for cards whose excursions reach about twice board power.</summary>
    public static bool Spiky(Gpu gpu)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        return gpu.Segment == "consumer" && SpikyArchitectures.Contains(gpu.Architecture);
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var spiky = node.Node.Gpus.Where(g => Spiky(g.Gpu)).ToList();
            if (spiky.Count == 0 || node.PsuCapacity.Value <= 0)
            {
                continue;
            }

            var peak = node.Power.DcLoad.Value + spiky.Sum(g => g.Power.Value * (ExcursionFactor - 1) * g.Count);
            var capacity = node.PsuCapacity.Value;
            var allAtx3 = node.Node.Psus.All(p => p.Part.Atx3 == true);
            var unknown = node.Node.Psus.Where(p => p.Part.Atx3 is null).Select(p => p.Part.Name).ToList();
            var cards = Fmt.List(spiky.Select(g => g.Describe()));
            if (allAtx3 && peak > capacity * 2)
            {
                yield return Finding(node, $"{cards} can spike to about {Fmt.W(peak)} for milliseconds, beyond even an ATX 3.x unit's 200 % excursion rating ({Fmt.W(capacity * 2)})", "lower the GPUs' power limits or add PSU capacity");
            }
            else if (!allAtx3 && peak > capacity)
            {
                var atx3 = Suggest.PsusFor(build.Catalog, build.Build.Site, new RigPlan.Core.Units.Watts(Math.Min(capacity, peak / 2)), atx3Only: true).FirstOrDefault();
                var which = unknown.Count > 0 ? $"the catalog cannot confirm that {Fmt.List(unknown)} meets ATX 3.x" : "the PSUs predate ATX 3.x";
                yield return Finding(node, $"{cards} can spike to about {Fmt.W(peak)} for milliseconds, above the PSUs' {Fmt.W(capacity)}; {which}, and older units' over-power protection can trip under such spikes (sudden shutdowns under load)", atx3 is not null ? $"use an ATX 3.x unit rated for 200 % excursions, e.g. {Suggest.Name(atx3)}, or lower the GPUs' power limits" : "use an ATX 3.x unit rated for 200 % excursions, or lower the GPUs' power limits");
            }
        }
    }

    private Finding Finding(NodeContext node, string message, string fix) =>
        new() { Rule = Info.Id, Severity = Severity.Warning, Message = message, Fix = fix, Node = node.Name };
}
