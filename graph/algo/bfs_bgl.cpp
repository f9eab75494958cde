// bfs_distances through Boost.Graph's breadth_first_search on the OutView adaptor:
// not on a hot path, so the generic algorithm is the clearest choice here.
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/property_map/property_map.hpp>

#include "graph/algo.hpp"
#include "graph/bgl.hpp"

namespace liverkg::graph {

std::vector<std::int32_t> bfs_distances(const Graph& g, NodeId from, const Expand& expand) {
    std::vector<std::int32_t> dist(g.node_id_bound(), -1);
    if (!g.node_alive(from)) return dist;
    OutView view(g, expand);
    dist[from] = 0;
    auto dist_map = boost::make_iterator_property_map(dist.begin(), get(boost::vertex_index, view));
    std::vector<boost::default_color_type> colors(g.node_id_bound(), boost::white_color);
    auto color_map = boost::make_iterator_property_map(colors.begin(), get(boost::vertex_index, view));
    boost::breadth_first_search(
        view, from,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(dist_map, boost::on_tree_edge{})))
            .color_map(color_map));
    return dist;
}

}  // namespace liverkg::graph
