package cn.hotline12345.bulletin;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The demo's bulletins: last month's written and published, with two typical cases, and a draft of
 * this month, so that a newcomer sees both. Made by the bulletin's own steps, as the system.
 */
@ApplicationScoped
public class DemoBulletins {

    @Inject
    BulletinService bulletins;

    @Inject
    EntityManager em;

    @Inject
    cn.hotline12345.common.HotlineConfig config;

    @Transactional
    public void seed(YearMonth published, YearMonth draft) {
        if (Bulletin.byMonth(published.atDay(1)).isEmpty()) {
            Bulletin b = Bulletin.findById(bulletins.create(published).id());
            bulletins.narrative(b, new BulletinContent.Narrative(
                    "现将" + published.getMonthValue() + "月份12345政务服务热线运行情况通报如下。",
                    "本月供水问题集中：台风过后多个镇街出现停水和水压偏低，供水企业已逐片恢复；夜间施工噪音、共享单车乱停放仍是市民反映较多的问题。\n"
                            + "建议住建、城管部门加强夜间施工审批和巡查，交通部门会同企业规范共享单车停放。",
                    "人社、医保部门对社保缴费记录类诉求做到当日核实、当日答复；部分镇街建立了“接诉即办”联络员制度。",
                    "个别单位签收不及时、答复内容简单照搬政策条文，退回重办率偏高；少数诉求反复来电，须从源头解决。"));
            @SuppressWarnings("unchecked")
            List<Long> cases = em.createNativeQuery("""
                    select o.id from work_order o join work_order_dispatch d on d.work_order_id = o.id and d.current and d.lead
                     where o.registered_at >= :start and o.registered_at < :end and o.state = 'CLOSED'
                       and d.satisfaction = 'SATISFIED' and d.replied_on_time
                     order by o.id limit 2""")
                    .setParameter("start", java.sql.Timestamp.from(b.month.atStartOfDay(config.timeZone()).toInstant()))
                    .setParameter("end", java.sql.Timestamp.from(b.month.plusMonths(1).atStartOfDay(config.timeZone())
                            .toInstant()))
                    .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
            for (Long order : cases) {
                bulletins.addCase(b, order, "承办单位当日核实、按时答复，市民表示满意。");
            }
            bulletins.publish(b, null);
        }
        if (Bulletin.byMonth(draft.atDay(1)).isEmpty()) {
            bulletins.create(draft);
        }
    }
}
