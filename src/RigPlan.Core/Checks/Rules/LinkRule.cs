namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>pcie.link</c>: each GPU's resulting link (lanes x generation, CPU or chipset). A link below x8, one through the
/// chipset, or one a riser slows below the slot's generation is a warning; every link is listed.
/// </summary>
/// <remarks>PCIe 3.0 carries about 0.985 GB/s per lane each way, each generation doubles it.</remarks>
public sealed class LinkRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("pcie.link", "Each GPU's PCIe link", "PCI-SIG per-lane rates; board wiring in the catalog");

    /// <summary>Approximate one-way bandwidth of a link in GB/s.</summary>
    public static double Bandwidth(int lanes, int gen) => lanes * 0.985 * Math.Pow(2, gen - 3);

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var gpus = node.Placement.Placed.Where(p => p.Device.IsGpu).ToList();
            if (gpus.Count == 0)
            {
                continue;
            }

            foreach (var p in gpus)
            {
                var problems = new List<string>();
                if (p.Lanes < 8)
                {
                    problems.Add($"only x{p.Lanes}");
                }

                if (p.ViaChipset)
                {
                    problems.Add("through the chipset, whose uplink it shares with drives, USB and network");
                }

                if (p.Device.Riser is { } riser && riser.PcieGen < Math.Min(p.Slot.Gen, p.Device.Gen))
                {
                    problems.Add($"the {riser.Name} is rated for Gen{riser.PcieGen}, below the slot's Gen{p.Slot.Gen}");
                }

                if (problems.Count > 0)
                {
                    yield return new Finding
                    {
                        Rule = Info.Id,
                        Severity = Severity.Warning,
                        Node = node.Name,
                        Message = $"{p.Device.Label} in {p.Slot.Name} links at {p.Link} ({Bandwidth(p.Lanes, p.Gen):0.#} GB/s each way): {string.Join("; ", problems)}",
                        Fix = "move it to a CPU-attached x16 slot, or use a riser rated for the slot's generation",
                    };
                }
            }

            yield return new Finding
            {
                Rule = Info.Id,
                Severity = Severity.Info,
                Node = node.Name,
                Message = "links: " + string.Join("; ", gpus.Select(p => $"GPU in {p.Slot.Name}: {p.Link}")),
            };
        }
    }
}
