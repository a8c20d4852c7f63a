using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>fit.airflow</c>: an open-air card whose fans face the back of the next card, with no empty slot between, runs hot
/// and throttles; blower cards exhaust out of the back and stack.
/// </summary>
public sealed class AirflowRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("fit.airflow", "Open-air cards stacked without a gap", "card cooling designs in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var cards = node.Placement.Placed.Where(p => p.Device.IsGpu && p.Device.Riser is null).OrderBy(p => p.Slot.Position).ToList();
            var choked = cards.Zip(cards.Skip(1), (upper, lower) => (upper, lower))
                .Where(pair => pair.upper.Device.Cooling == Cooling.OpenAir && pair.lower.Slot.Position == pair.upper.LastPosition + 1)
                .Select(pair => pair.upper)
                .ToList();
            if (choked.Count == 0)
            {
                continue;
            }

            var blowers = node.Node.Gpus.Select(g => Suggest.NarrowBoards(build.Catalog, g.Gpu, 2).FirstOrDefault(b => b.Cooling == Cooling.Blower)).OfType<GpuBoard>().Take(1).ToList();
            yield return new Finding
            {
                Rule = Info.Id,
                Severity = Severity.Warning,
                Node = node.Name,
                Message = $"{Fmt.List(choked.Select(c => c.Device.Label))} {(choked.Count == 1 ? "has" : "have")} open-air fans against the next card with no gap; they will run hot and throttle",
                Fix = blowers.Count > 0 ? $"leave an empty slot between open-air cards, or use blower boards such as {Suggest.Name(blowers[0])}" : "leave an empty slot between open-air cards, or use blower boards",
            };
        }
    }
}
