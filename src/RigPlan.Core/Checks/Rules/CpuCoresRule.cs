namespace RigPlan.Core.Checks.Rules;

/// <summary><c>advice.cpu-cores</c>: at least 4 CPU cores per GPU, for data loading and preprocessing workers.</summary>
public sealed class CpuCoresRule : IBuildRule
{
    /// <summary>Cores per GPU below which data loading tends to starve the GPUs.</summary>
    public const int CoresPerGpu = 4;

    /// <inheritdoc />
    public RuleInfo Info { get; } = new("advice.cpu-cores", "At least 4 CPU cores per GPU", "the checker brief's guideline of 4 cores per GPU for data-loader workers");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var cores = node.Node.Cpu.Cores * node.Node.CpuCount;
            var gpus = node.Node.GpuCount;
            if (gpus > 0 && cores < CoresPerGpu * gpus)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Info, Node = node.Name, Message = $"{cores} CPU cores for {Fmt.Count(gpus, "GPU")} ({(double)cores / gpus:0.#} per GPU); data loading and preprocessing may starve the GPUs", Fix = $"use a CPU with at least {CoresPerGpu * gpus} cores" };
            }
        }
    }
}
