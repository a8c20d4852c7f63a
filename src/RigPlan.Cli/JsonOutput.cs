using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RigPlan.Cli;

/// <summary>Writes the one JSON document a `--json` command prints.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, JsonNode node)
    {
        writer.WriteLine(node.ToJsonString(Options));
        writer.Flush();
    }
}
