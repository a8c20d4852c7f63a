using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks.Rules;
using RigPlan.Core.Costs;

namespace RigPlan.Core.Checks;

/// <summary>Runs every rule over a build and summarises it. The planner uses the same rules, so a plan passes by construction.</summary>
public sealed class BuildChecker
{
    /// <summary>A checker with every rule RigPlan has.</summary>
    public BuildChecker()
        : this(DefaultRules())
    {
    }

    /// <summary>A checker with chosen rules (tests run one at a time).</summary>
    public BuildChecker(IEnumerable<IBuildRule> rules) => Rules = [.. rules];

    /// <summary>The rules, in report order.</summary>
    public ImmutableArray<IBuildRule> Rules { get; }

    /// <summary>Every rule, power first.</summary>
    public static ImmutableArray<IBuildRule> DefaultRules(Workloads.Training.PowerLimitModel? power = null) =>
    [
        new PsuCapacityRule(power), new TransientRule(), new CircuitRule(power), new ConnectorRule(), new MultiPsuRule(),
        new SocketRule(), new MemoryTypeRule(), new MemoryCapacityRule(), new MemoryChannelsRule(),
        new SlotsRule(), new SlotSpacingRule(), new LanesRule(), new LinkRule(),
        new GpuLengthRule(), new FormFactorRule(), new PsuBaysRule(), new AirflowRule(), new RiserMountRule(),
        new SystemRamRule(), new CpuCoresRule(), new ServerPlatformRule(), new PeerToPeerRule(), new NetworkRule(), new FabricRule(),
    ];

    /// <summary>Checks a build.</summary>
    public CheckReport Check(BuildSpec build, HardwareCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(catalog);
        var context = new BuildContext(build, catalog);
        var findings = Rules.SelectMany(r => r.Check(context))
            .Select((f, i) => (f, i))
            .OrderBy(x => x.f.Severity)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToImmutableArray();
        var bom = BillOfMaterials.For(build, catalog);
        return new CheckReport { Build = build, Findings = findings, Summary = Summarise(context, bom), Bom = bom, Context = context };
    }

    /// <summary>The summary figures of an analysed build.</summary>
    public static BuildSummary Summarise(BuildContext context, BillOfMaterials bom)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(bom);
        var build = context.Build;
        var gpus = build.Nodes.Sum(n => n.GpuCount * n.Count);
        var vram = build.Nodes.Sum(n => n.Count * n.Gpus.Sum(g => g.Gpu.Vram.Value * g.Count));
        var bf16 = build.Nodes.Sum(n => n.Count * n.Gpus.Sum(g => (g.Gpu.MixedPrecision?.Value ?? 0) * g.Count));
        var cost = bom.Total;
        var nodes = context.Nodes.Select(n =>
        {
            var wall = context.Circuits.Units.Where(u => u.Node == n.Name && u.Machine == 1).Sum(u => u.Wall.Value);
            var links = n.Placement.LayoutKnown
                ? n.Placement.Placed.Where(p => p.Device.IsGpu).Select(p => $"{p.Device.Label}: {p.Link} in {p.Slot.Name}")
                    .Concat(n.Placement.Unplaced.Where(d => d.IsGpu).Select(d => $"{d.Label}: no slot"))
                : n.Placement.Unplaced.Where(d => d.IsGpu).Select(d => $"{d.Label}: unknown (board layout not in the catalog)");
            return new NodeSummary { Name = n.Name, Count = n.Node.Count, Gpus = n.Node.GpuCount, DcLoadW = n.Power.DcLoad.Value, PsuCapacityW = n.PsuCapacity.Value, WallW = wall, Links = [.. links] };
        }).ToImmutableArray();
        var range = bom.DateRange;
        return new BuildSummary
        {
            CostUsd = cost,
            Unpriced = [.. bom.Unpriced.Select(l => l.Part.Name)],
            OldestPrice = range?.Oldest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            NewestPrice = range?.Newest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Gpus = gpus,
            VramGb = vram,
            Bf16Tflops = bf16,
            // A ratio over a cost that leaves out a GPU would flatter the build; it is only given when every GPU is priced.
            TflopsPer1000Usd = cost > 0 && bom.GpusPriced ? bf16 / cost * 1000 : null,
            DcLoadW = context.Nodes.Sum(n => n.Power.DcLoad.Value * n.Node.Count),
            WallW = context.Circuits.TotalWall.Value,
            Nodes = nodes,
            Site = $"{build.Site.Voltage.Value:0} V, {build.Site.CircuitAmps.Value:0} A, {Fmt.Count(build.Site.Circuits, "circuit")}",
            Network = Network.Fabric.Of(build)?.Describe(),
        };
    }
}
