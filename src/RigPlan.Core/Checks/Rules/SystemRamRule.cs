namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>advice.system-ram</c>: system memory at least the total GPU memory, so checkpoints load and pinned-memory data
/// loaders have room (the founding build log's rule of thumb; also common in framework guidance on pinned memory).
/// </summary>
public sealed class SystemRamRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("advice.system-ram", "System RAM at least the total VRAM", "rule of thumb: loading and pinning a model's state needs host memory on the scale of device memory");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var vram = node.Node.Gpus.Sum(g => g.Gpu.Vram.Value * g.Count);
            var ram = node.Node.Memory is { } m ? m.Part.Capacity.Value * m.Count : 0;
            if (vram > 0 && ram < vram && node.Node.Memory is not null)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Info, Node = node.Name, Message = $"{Fmt.N(ram)} GB of RAM for {Fmt.N(vram)} GB of VRAM; loading checkpoints and pinned data loaders want at least as much RAM as VRAM", Fix = $"use at least {Fmt.N(vram)} GB of RAM" };
            }
        }
    }
}
