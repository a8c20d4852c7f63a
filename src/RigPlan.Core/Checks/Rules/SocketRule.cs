using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary><c>platform.socket</c>: the CPU fits the board's socket, and the board has sockets for every CPU.</summary>
public sealed class SocketRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("platform.socket", "CPU socket against the motherboard's", "vendor socket designations in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var cpu = node.Node.Cpu;
            var board = node.Node.Motherboard;
            if (NameMatching.Key(cpu.Socket) != NameMatching.Key(board.Socket))
            {
                var boards = build.Catalog.Motherboards.Where(m => NameMatching.Key(m.Socket) == NameMatching.Key(cpu.Socket)).Take(3).Select(Suggest.Name).ToList();
                yield return new Finding
                {
                    Rule = Info.Id,
                    Severity = Severity.Error,
                    Node = node.Name,
                    Message = $"{cpu.Name} is a {cpu.Socket} CPU; {board.Name} has a {board.Socket} socket",
                    Fix = boards.Count > 0 ? $"use a {cpu.Socket} board, e.g. {Fmt.List(boards)}, or a {board.Socket} CPU" : $"use a {board.Socket} CPU",
                };
            }

            if (node.Node.CpuCount > board.CpuSockets)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = $"{node.Node.CpuCount} CPUs on {board.Name}, which has {Fmt.Count(board.CpuSockets, "socket")}", Fix = $"set cpu_count: {board.CpuSockets}, or use a {node.Node.CpuCount}-socket board" };
            }
            else if (node.Node.CpuCount > 1 && cpu.SocketsMax == 1)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = $"{cpu.Name} is a one-socket part and cannot run in a {node.Node.CpuCount}-socket system", Fix = "use a two-socket model of the same family" };
            }
        }
    }
}
