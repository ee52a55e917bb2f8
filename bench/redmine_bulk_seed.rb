# The peer's issues, written the way ../shared/peers/redmine-seed.rb writes them, in one
# insert instead of one Issue.create! each. That seed spends about a quarter of a second of
# processor time an issue in Redmine's callbacks; on a loaded machine its 5,000 issues take
# over an hour (14 an minute at load 18), long enough for a benchmark to give up on the peer.
# The rows are the ones Issue.create! leaves for these issues (no parent: root_id is the
# issue's own id, lft 1, rgt 2; closed_on set for a closed status; no journal, no watcher),
# so Redmine's list reads the same table either way. Run the peer's seed with N=0 first: it
# makes the project, the leads and their memberships and permissions.
#
#   cd /usr/share/redmine && RAILS_ENV=production N=5000 L=50 bin/rails runner THIS_FILE
n = (ENV["N"] || 5000).to_i
l = (ENV["L"] || 50).to_i
project = Project.find_by!(identifier: "exampleshire")
tracker = project.trackers.first
leads = (1..l).map { |i| User.find_by!(login: "lead#{i}") }
admin = User.where(admin: true).first
statuses = IssueStatus.all.to_a
priority = IssuePriority.default || IssuePriority.first
have = project.issues.count
now = Time.now.utc
next_id = (Issue.maximum(:id) || 0) + 1
rows = (have...n).each_with_index.map do |k, i|
  id = next_id + i
  status = statuses[k % statuses.size]
  {
    id: id, project_id: project.id, tracker_id: tracker.id, author_id: admin.id,
    subject: "Action #{k}: review referral pathways with partner agencies",
    description: "Progress note " * 20, assigned_to_id: leads[k % l].id, status_id: status.id,
    due_date: Date.new(2025, 4, 1) + (k % 700), priority_id: priority.id,
    created_on: now, updated_on: now, closed_on: status.is_closed ? now : nil,
    root_id: id, lft: 1, rgt: 2, is_private: false, done_ratio: 0, lock_version: 0,
  }
end
Issue.insert_all!(rows) unless rows.empty?
puts "issues=#{project.issues.count} leads=#{leads.size} lead1_id=#{leads.first.id}"
