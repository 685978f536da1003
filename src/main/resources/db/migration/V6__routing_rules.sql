-- Routing rules: which member unit should lead an order, by category, place and keywords.

create table routing_rule (
    id                bigint generated always as identity,
    name              varchar(80)  not null,
    category_id       bigint,
    district_unit_id  bigint,
    town_unit_id      bigint,
    keywords          varchar(400),
    unit_id           bigint       not null,
    priority          integer      not null default 0,
    active            boolean      not null default true,
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    constraint routing_rule_pk primary key (id),
    constraint routing_rule_category_fk foreign key (category_id) references category (id),
    constraint routing_rule_district_fk foreign key (district_unit_id) references member_unit (id),
    constraint routing_rule_town_fk foreign key (town_unit_id) references member_unit (id),
    constraint routing_rule_unit_fk foreign key (unit_id) references member_unit (id),
    constraint routing_rule_says_something_ck check (category_id is not null or district_unit_id is not null
                                                     or town_unit_id is not null or keywords is not null)
);

-- History: which unit answered closed orders of a category in a place.
create index work_order_closed_category_ix on work_order (category_id, district_unit_id, closed_at desc)
    where state = 'CLOSED';

-- Starting rules of a Foshan-like city; administrators edit them (/api/routing-rules).
insert into routing_rule (name, category_id, district_unit_id, keywords, unit_id, priority)
select r.name, c.id, d.id, r.keywords, u.id, r.priority
  from (values
    ('户籍业务归公安', 'HR', null, null, '440600-D001', 0),
    ('社会保险归人社', 'SI', null, null, '440600-D015', 0),
    ('劳动就业归人社', 'LB', null, null, '440600-D015', 0),
    ('公积金归公积金中心', 'HF01', null, null, '440600-D021', 0),
    ('住房与物业归住建', 'HF', null, null, '440600-D020', 0),
    ('机动车驾驶证归车管所', 'TR02', null, null, '440600-D005', 0),
    ('交通违法与停车归交警', 'TR03', null, null, '440600-D002', 0),
    ('生态环境归环保', 'EN', null, null, '440600-D019', 0),
    ('南海生态环境归南海分局', 'EN', '440605-G000', null, '440605-D040', 10),
    ('市政设施归城管', 'MF', null, null, '440600-D022', 0),
    ('南海市政设施归南海城管', 'MF', '440605-G000', null, '440605-D009', 10),
    ('消费维权归市场监管', 'CR', null, null, '440600-D033', 0),
    ('南海消费维权归南海市场监管', 'CR', '440605-G000', null, '440605-D019', 10),
    ('教育归教育局', 'ED', null, null, '440600-D008', 0),
    ('医疗卫生归卫健', 'HE', null, null, '440600-D029', 0),
    ('供水归水业集团', 'UT01', null, null, '440600-E001', 0),
    ('供电归供电局', 'UT02', null, null, '440600-E002', 0),
    ('税务归税务局', 'TX', null, null, '440600-D049', 0),
    ('社会救助归民政', 'SA', null, null, '440600-D012', 0),
    ('停水关键词', null, null, '停水,水压,水管爆裂,自来水', '440600-E001', 5),
    ('停电关键词', null, null, '停电,跳闸,电压不稳', '440600-E002', 5)
  ) as r(name, category_code, district_code, keywords, unit_code, priority)
  left join category c on c.code = r.category_code
  left join member_unit d on d.code = r.district_code
  join member_unit u on u.code = r.unit_code;
