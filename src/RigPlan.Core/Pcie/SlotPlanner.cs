using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Pcie;

/// <summary>
/// Places a node's GPUs and NICs in the board's slots: a card covers the positions below its slot (a 3-slot card
/// in position 1 covers 2 and 3), a card on a riser covers none, and a card must fit within the chassis' openings.
/// Among the arrangements that place the most cards it picks the one with the best links.
/// </summary>
/// <remarks>Boards have at most a dozen slots, so an exhaustive search is instant and never misses a layout.</remarks>
public static class SlotPlanner
{
    /// <summary>The cards of a node, GPUs first, in the order the build file lists them.</summary>
    public static ImmutableArray<PcieDevice> Devices(NodeSpec node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var devices = ImmutableArray.CreateBuilder<PcieDevice>();
        var n = 0;
        foreach (var (group, gi) in node.Gpus.Select((g, i) => (g, i)))
        {
            for (var k = 0; k < group.Count; k++)
            {
                n++;
                var width = group.SlotWidth;
                devices.Add(new PcieDevice
                {
                    Label = $"GPU {n} ({group.Board?.Name ?? group.Gpu.Name})",
                    IsGpu = true,
                    Width = width is { } w ? SlotsCovered(w) : 2,
                    WidthKnown = width is not null,
                    Lanes = group.Gpu.PcieLanes ?? 16,
                    Gen = group.Gpu.PcieGen ?? 4,
                    Riser = group.Riser,
                    FixedPosition = group.Slots.IsEmpty ? null : group.Slots[k],
                    Group = group,
                    Cooling = group.Cooling,
                    Key = $"gpu{gi}",
                });
            }
        }

        var nics = 0;
        foreach (var (group, gi) in node.Nics.Select((g, i) => (g, i)))
        {
            for (var k = 0; k < group.Count; k++)
            {
                nics++;
                devices.Add(new PcieDevice
                {
                    Label = $"NIC {nics} ({group.Part.Name})",
                    IsGpu = false,
                    Width = 1,
                    Lanes = group.Part.PcieLanes,
                    Gen = group.Part.PcieGen,
                    Key = $"nic{gi}",
                });
            }
        }

        return devices.ToImmutable();
    }

    /// <summary>Expansion positions a card of this thickness covers: a 2.5-slot card covers 3 (a hair over 2 still counts as 2).</summary>
    /// <param name="width">The card's thickness in slots.</param>
    public static int SlotsCovered(double width) => (int)Math.Ceiling(width - 0.01);

    /// <summary>Places a node's cards.</summary>
    public static SlotPlacement Place(NodeSpec node)
    {
        ArgumentNullException.ThrowIfNull(node);

        // Open frames and barebones do not bound the cards; cases bound them by their expansion openings.
        int? openings = node.Chassis is { ChassisKind: ChassisKind.Tower or ChassisKind.Rack } c ? c.ExpansionSlots : null;
        return Place(Devices(node), node.Motherboard.Slots, openings);
    }

    /// <summary>
    /// Places <paramref name="count"/> identical x16 cards <paramref name="width"/> slots thick on a board alone, within
    /// <paramref name="openings"/> expansion openings when a case bounds them. The cards speak PCIe 5.0, so each link is
    /// what the slot gives.
    /// </summary>
    /// <param name="board">The board.</param>
    /// <param name="count">How many cards.</param>
    /// <param name="width">Slots each card covers (2.5 covers 3).</param>
    /// <param name="openings">The case's expansion openings, or null for an open frame.</param>
    public static SlotPlacement PlaceCards(Motherboard board, int count, double width, int? openings = null)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 0.5);
        var devices = Enumerable.Range(1, count).Select(i => new PcieDevice
        {
            Label = $"card {i}",
            IsGpu = true,
            Width = SlotsCovered(width),
            Lanes = 16,
            Gen = 5,
            Key = "card",
        }).ToImmutableArray();
        return Place(devices, board.Slots, openings);
    }

    private static SlotPlacement Place(ImmutableArray<PcieDevice> devices, ImmutableArray<PcieSlot> slots, int? openings)
    {
        if (slots.IsEmpty)
        {
            return new SlotPlacement { Placed = [], Unplaced = devices, LayoutKnown = false };
        }

        var best = Search(devices, slots, openings, respectWidth: true);
        var placed = Links(best, slots);
        var unplaced = devices.Where(d => !best.Any(b => ReferenceEquals(b.Device, d))).ToImmutableArray();
        var spacing = false;
        if (!unplaced.IsEmpty)
        {
            var narrow = Search(devices, slots, openings, respectWidth: false);
            spacing = narrow.Count == devices.Length;
        }

        return new SlotPlacement
        {
            Placed = [.. placed.OrderBy(p => p.Slot.Position)],
            Unplaced = unplaced,
            LayoutKnown = true,
            SpacingIsTheProblem = spacing,
            Openings = openings,
        };
    }

    private static List<(PcieDevice Device, PcieSlot Slot)> Search(ImmutableArray<PcieDevice> devices, ImmutableArray<PcieSlot> slots, int? openings, bool respectWidth)
    {
        var order = devices.OrderByDescending(d => d.FixedPosition is not null).ThenByDescending(d => d.IsGpu).ThenByDescending(d => d.Width).ToList();
        var best = new List<(PcieDevice, PcieSlot)>();
        var bestScore = double.NegativeInfinity;
        var current = new List<(PcieDevice Device, PcieSlot Slot)>();
        var occupied = new HashSet<int>();
        var lastPositionByKey = new Dictionary<string, int>();

        void Recurse(int index)
        {
            // Bound: even placing every remaining card cannot beat the best count.
            if (current.Count + (order.Count - index) < best.Count)
            {
                return;
            }

            if (index == order.Count)
            {
                var score = (current.Count * 1_000_000.0) + current.Sum(c => Score(c.Device, c.Slot)) - (AirflowPenalty(current, respectWidth) * 500);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = [.. current];
                }

                return;
            }

            var device = order[index];
            var width = respectWidth && device.Riser is null ? device.Width : 1;
            var previous = lastPositionByKey.GetValueOrDefault(device.Key, 0);
            foreach (var slot in slots)
            {
                if (device.FixedPosition is { } fixedAt ? slot.Position != fixedAt : slot.Position <= previous && device.FixedPosition is null)
                {
                    continue;
                }

                if (slot.PhysicalLanes < Math.Min(device.Lanes, 16) && device.Riser is null)
                {
                    // An x16 card does not go into an x8 slot (closed-ended slots are the norm).
                    continue;
                }

                var covered = Enumerable.Range(slot.Position, width).ToList();
                if (covered.Any(occupied.Contains) || (openings is { } o && covered[^1] > o && device.Riser is null))
                {
                    continue;
                }

                foreach (var p in covered)
                {
                    occupied.Add(p);
                }

                current.Add((device, slot));
                var saved = lastPositionByKey.GetValueOrDefault(device.Key, 0);
                lastPositionByKey[device.Key] = slot.Position;
                Recurse(index + 1);
                lastPositionByKey[device.Key] = saved;
                current.RemoveAt(current.Count - 1);
                foreach (var p in covered)
                {
                    occupied.Remove(p);
                }
            }

            // Leaving this card out is allowed: a partial placement is still reported.
            Recurse(index + 1);
        }

        Recurse(0);
        return best;
    }

    /// <summary>Open-air cards whose fans face the next card with no slot between (worth avoiding when the board allows).</summary>
    private static int AirflowPenalty(List<(PcieDevice Device, PcieSlot Slot)> placed, bool respectWidth)
    {
        var cards = placed.Where(p => p.Device.IsGpu && p.Device.Riser is null).OrderBy(p => p.Slot.Position).ToList();
        var width = (PcieDevice d) => respectWidth ? d.Width : 1;
        return cards.Zip(cards.Skip(1), (a, b) => a.Device.Cooling == Cooling.OpenAir && b.Slot.Position == a.Slot.Position + width(a.Device) ? 1 : 0).Sum();
    }

    private static double Score(PcieDevice device, PcieSlot slot)
    {
        var lanes = Math.Min(device.Lanes, slot.ElectricalLanes);
        var gen = Math.Min(device.Gen, slot.Gen);
        var cpu = slot.Attached == LaneSource.Chipset ? 0 : 1;
        return (lanes * Math.Pow(2, gen) * (device.IsGpu ? 4 : 1)) + (cpu * 100) - (slot.Position * 0.01);
    }

    private static List<PlacedDevice> Links(List<(PcieDevice Device, PcieSlot Slot)> placement, ImmutableArray<PcieSlot> slots)
    {
        var populated = placement.Select(p => p.Slot).ToList();
        var names = populated.SelectMany(Names).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. placement.Select(p =>
        {
            // A slot names its partner by label, or by position as "@5" where the source gives no label.
            var shared = p.Slot.SharesWith.Any(names.Contains)
                || populated.Any(o => o != p.Slot && o.SharesWith.Any(n => Names(p.Slot).Contains(n, StringComparer.OrdinalIgnoreCase)));
            var slotLanes = shared && p.Slot.LanesWhenShared is { } l ? l : p.Slot.ElectricalLanes;
            var gen = Math.Min(Math.Min(p.Device.Gen, p.Slot.Gen), p.Device.Riser?.PcieGen ?? int.MaxValue);
            return new PlacedDevice(p.Device, p.Slot, Math.Min(p.Device.Lanes, slotLanes), gen);
        })];
    }

    private static IEnumerable<string> Names(PcieSlot slot)
    {
        yield return "@" + slot.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (slot.Label is not null)
        {
            yield return slot.Label;
        }
    }
}
